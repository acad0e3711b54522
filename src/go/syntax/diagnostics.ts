/** Diagnostics collects compile errors the way gc reports them: one syntax error per line, sorted, at most 10. */
import type { Pos } from './token.ts';

/** Diagnostic is one positioned message (structurally the same as the API's Diagnostic in src/go/index.ts). */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** MAX_ERRORS is gc's limit before it prints "too many errors". */
export const MAX_ERRORS = 10;

/** TooManyErrors is thrown by ErrorList.add when the limit is reached; the list is then complete. */
export class TooManyErrors extends Error {
  /** TooManyErrors marks that reporting stopped after MAX_ERRORS. */
  constructor() {
    super('too many errors');
  }
}

/** ErrorList applies gc's reporting rules (base.ErrorfAt and FlushErrors) to errors as they are found. */
export class ErrorList {
  private readonly list: Diagnostic[] = [];
  private lastSyntax: Pos | undefined;
  private lastOther: { pos: Pos; msg: string } | undefined;
  private tooMany: Diagnostic | undefined;

  /** count is the number of errors kept so far. */
  get count(): number {
    return this.list.length;
  }

  /** full reports whether the limit has been reached. */
  get full(): boolean {
    return this.tooMany !== undefined;
  }

  /** add records an error; throws TooManyErrors when it is the tenth. */
  add(pos: Pos, msg: string): void {
    if (this.tooMany) throw new TooManyErrors();
    if (msg.startsWith('syntax error')) {
      if (this.lastSyntax && this.lastSyntax.file === pos.file && this.lastSyntax.line === pos.line) return;
      this.lastSyntax = pos;
    } else {
      const lo = this.lastOther;
      if (lo && lo.pos.file === pos.file && lo.pos.line === pos.line && lo.msg === msg) return;
      this.lastOther = { pos, msg };
    }
    this.list.push({ file: pos.file, line: pos.line, col: pos.col, message: msg, severity: 'error' });
    if (this.list.length >= MAX_ERRORS) {
      this.tooMany = { file: pos.file, line: pos.line, col: pos.col, message: 'too many errors', severity: 'error' };
      throw new TooManyErrors();
    }
  }

  /** diagnostics returns the errors sorted by position, duplicates removed, then "too many errors" if reached. */
  diagnostics(fileOrder: readonly string[] = []): Diagnostic[] {
    const rank = (f: string): string => f;
    void fileOrder;
    const sorted = [...this.list].sort((a, b) =>
      a.file !== b.file ? (rank(a.file) < rank(b.file) ? -1 : 1) : a.line - b.line || a.col - b.col);
    const out: Diagnostic[] = [];
    for (const d of sorted) {
      const prev = out[out.length - 1];
      if (prev && prev.file === d.file && prev.line === d.line && prev.col === d.col && prev.message === d.message) continue;
      out.push(d);
    }
    if (this.tooMany) out.push(this.tooMany);
    return out;
  }
}

/** formatDiagnostic renders a diagnostic as gc does: `main.go:12:5: declared and not used: err`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}
