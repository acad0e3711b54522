import type { StatementEngine } from './statement-engine.ts';
import type { ServerError } from './server-error.ts';
import type { SqlValue, StatementResult } from './sql-values.ts';
import { isWord, significant, tokenize } from './tokenize.ts';

/** ResultSizeModel says how many rows a SELECT returns without running it. */
export interface ResultSizeModel { rowsPerSelect: number; columns: number }

/** LatencyOnlyEngine answers statements without executing them: result sizes come from a model (for load simulations). */
export class LatencyOnlyEngine implements StatementEngine {
  private readonly rowsCache: SqlValue[][];
  private readonly cols;
  private readonly words = new Map<string, string>();

  constructor(readonly model: ResultSizeModel = { rowsPerSelect: 1, columns: 1 }, readonly database = 'course') {
    this.cols = Array.from({ length: model.columns }, (_, i) => ({ name: i === 0 ? 'id' : `c${i}`, type: 'LONGLONG' as const }));
    this.rowsCache = Array.from({ length: model.rowsPerSelect }, (_, r) => this.cols.map((_c, i) => r * model.columns + i + 1));
  }

  /** run returns modelled rows for SELECT/SHOW and an OK packet (1 row affected) for anything else. */
  run(sql: string): StatementResult {
    let first = this.words.get(sql);
    if (first === undefined) {
      first = firstWord(sql);
      if (this.words.size > 10_000) this.words.clear();
      this.words.set(sql, first);
    }
    if (first === 'SELECT' || first === 'SHOW' || first === 'WITH' || first === 'DO') {
      return { kind: 'rows', columns: this.cols, rows: this.rowsCache };
    }
    return { kind: 'ok', affectedRows: first === 'INSERT' || first === 'UPDATE' || first === 'DELETE' ? 1 : 0, lastInsertId: 0 };
  }

  /** isConstant is true: the answer depends on the statement's first word only (the model's rows, or an OK). */
  isConstant(): boolean {
    return true;
  }

  /** check accepts every statement (nothing is parsed). */
  check(): ServerError | null {
    return null;
  }

  /** paramCount counts `?` placeholders. */
  paramCount(sql: string): number {
    let n = 0;
    for (const t of tokenize(sql)) if (t.kind === 'param') n++;
    return n;
  }
}

function firstWord(sql: string): string {
  const m = sql.match(/^\s*([A-Za-z]+)/);
  if (m) return m[1]!.toUpperCase();
  const sig = significant(tokenize(sql));
  return sig[0] && isWord(sig[0], sig[0].text) ? sig[0].text.toUpperCase() : '';
}
