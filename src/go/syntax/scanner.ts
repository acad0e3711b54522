/** Scanner turns Go source into tokens, inserting semicolons at newlines and EOF as the Go spec says. */
import { text as errText } from './text.ts';
import { KEYWORDS, OPERATORS, type LitKind, type Pos, type Token } from './token.ts';

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);

/** ErrorSink receives a positioned scanner or parser error message. */
export type ErrorSink = (pos: Pos, msg: string) => void;

/** formatRuneU renders a code point like Go's %#U: `U+0040 '@'`. */
export function formatRuneU(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0) && cp !== 0xfeff;
  return printable ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}

/** quoteRune renders a character like Go's %q for a rune: `'8'`. */
function quoteRune(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '\\') return "'\\\\'";
  if (ch === '\n') return "'\\n'";
  return `'${ch}'`;
}

function isLetter(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f ||
    (cp >= 0x80 && /\p{L}/u.test(String.fromCodePoint(cp)));
}
function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39 || (cp >= 0x80 && /\p{Nd}/u.test(String.fromCodePoint(cp)));
}
function utf8Len(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Scanner produces tokens on demand with `next()`. */
export class Scanner {
  private off = 0;
  private line = 1;
  private col = 1;
  private nlsemi = false;

  /** Scanner reads `src` of file `file` and reports errors to `err`. */
  constructor(private readonly file: string, private readonly src: string, private readonly err: ErrorSink) {
    if (src.charCodeAt(0) === 0xfeff) this.off = 1; // BOM
  }

  private pos(): Pos {
    return { file: this.file, line: this.line, col: this.col, offset: this.off };
  }

  private peekCp(at = this.off): number {
    if (at >= this.src.length) return -1;
    const c = this.src.charCodeAt(at);
    return c < 0xd800 || c > 0xdbff ? c : this.src.codePointAt(at)!;
  }

  private advance(): void {
    const c0 = this.src.charCodeAt(this.off);
    if (c0 < 0x80 && c0 !== 10) {
      this.off++;
      this.col++;
      return;
    }
    const cp = this.src.codePointAt(this.off)!;
    this.off += cp > 0xffff ? 2 : 1;
    if (cp === 10) {
      this.line++;
      this.col = 1;
    } else {
      this.col += utf8Len(cp);
    }
  }

  /** next returns the next token (an implicit ';' where Go inserts one, then EOF forever). */
  next(): Token {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    // skip white space and comments
    for (;;) {
      const c = this.peekCp();
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.advance();
        continue;
      }
      if (c === 0x0a) {
        if (nlsemi) {
          const p = this.pos();
          this.advance();
          return { kind: 'op', value: ';', pos: p, end: p, implicit: 'newline' };
        }
        this.advance();
        continue;
      }
      if (c === 0x2f && this.peekCp(this.off + 1) === 0x2f) {
        // line comment: runs to the newline, which is then handled above
        while (this.peekCp() !== -1 && this.peekCp() !== 0x0a) this.advance();
        continue;
      }
      if (c === 0x2f && this.peekCp(this.off + 1) === 0x2a) {
        const start = this.pos();
        this.advance();
        this.advance();
        let hadNewline = false;
        let closed = false;
        let nlPos: Pos | undefined;
        while (this.peekCp() !== -1) {
          if (this.peekCp() === 0x2a && this.peekCp(this.off + 1) === 0x2f) {
            this.advance();
            this.advance();
            closed = true;
            break;
          }
          if (this.peekCp() === 0x0a && !hadNewline) {
            hadNewline = true;
            nlPos = this.pos();
          }
          this.advance();
        }
        if (!closed) this.err(start, errText(44));
        if (hadNewline && nlsemi) return { kind: 'op', value: ';', pos: nlPos!, end: nlPos!, implicit: 'newline' };
        continue;
      }
      break;
    }
    const start = this.pos();
    const c = this.peekCp();
    if (c === -1) {
      if (nlsemi) return { kind: 'op', value: ';', pos: start, end: start, implicit: 'EOF' };
      return { kind: 'EOF', value: 'EOF', pos: start, end: start };
    }
    if (isLetter(c) || (c >= 0x80 && isDigit(c))) {
      if (!isLetter(c)) this.err(start, errText(45, formatRuneU(c)));
      const from = this.off;
      // fast path for ASCII identifiers
      const src = this.src;
      let i = this.off;
      for (;;) {
        const ch = src.charCodeAt(i);
        if ((ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a) || ch === 0x5f || (ch >= 0x30 && ch <= 0x39)) i++;
        else break;
      }
      this.col += i - this.off;
      this.off = i;
      while (this.peekCp() !== -1 && (isLetter(this.peekCp()) || isDigit(this.peekCp()))) this.advance();
      const text = this.src.slice(from, this.off);
      if (KEYWORDS.has(text)) {
        this.nlsemi = text === 'break' || text === 'continue' || text === 'fallthrough' || text === 'return';
        return { kind: 'keyword', value: text, pos: start, end: this.pos() };
      }
      this.nlsemi = true;
      return { kind: 'name', value: text, pos: start, end: this.pos() };
    }
    if (isAsciiDigit(c) || (c === 0x2e && isAsciiDigit(this.peekCp(this.off + 1)))) {
      this.nlsemi = true;
      return this.number(start);
    }
    if (c === 0x22) {
      this.nlsemi = true;
      return this.stdString(start);
    }
    if (c === 0x60) {
      this.nlsemi = true;
      return this.rawString(start);
    }
    if (c === 0x27) {
      this.nlsemi = true;
      return this.rune(start);
    }
    for (let n = 3; n >= 1; n--) {
      const op = this.src.substr(this.off, n);
      if (op.length === n && OPERATOR_SET.has(op)) {
        this.off += n;
        this.col += n;
        this.nlsemi = op === ')' || op === ']' || op === '}' || op === '++' || op === '--';
        return { kind: 'op', value: op, pos: start, end: this.pos() };
      }
    }
    this.err(start, errText(46, formatRuneU(c)));
    this.advance();
    this.nlsemi = nlsemi;
    return this.next();
  }

  private lit(start: Pos, litKind: LitKind, bad = false): Token {
    return { kind: 'literal', value: this.src.slice(start.offset, this.off), pos: start, end: this.pos(), litKind, ...(bad ? { bad } : {}) } as Token;
  }

  private number(start: Pos): Token {
    let base = 10;
    let prefix = '';
    let kind: LitKind = 'int';
    let invalidDigit: { ch: string; pos: Pos } | undefined;
    const digits = (b: number): number => {
      let n = 0;
      for (;;) {
        const ch = this.peekCp();
        if (ch === 0x5f) {
          this.advance();
          continue;
        }
        const d = digitVal(ch);
        if (d >= (b <= 10 ? 10 : 16)) break;
        if (d >= b && !invalidDigit) invalidDigit = { ch: String.fromCharCode(ch), pos: this.pos() };
        this.advance();
        n++;
      }
      return n;
    };
    let bad = false;
    let ndigits = 0;
    if (this.peekCp() !== 0x2e) {
      if (this.peekCp() === 0x30) {
        this.advance();
        const p = this.peekCp() | 0x20;
        if (p === 0x78) { base = 16; prefix = 'x'; this.advance(); }
        else if (p === 0x6f) { base = 8; prefix = 'o'; this.advance(); }
        else if (p === 0x62) { base = 2; prefix = 'b'; this.advance(); }
        else { base = 8; prefix = '0'; }
        ndigits = digits(base === 8 && prefix === '0' ? 8 : base === 2 ? 2 : base);
      } else {
        ndigits = digits(10);
      }
    }
    if (this.peekCp() === 0x2e && !(prefix === 'b' || prefix === 'o')) {
      kind = 'float';
      if (prefix === '0') { base = 10; prefix = ''; }
      this.advance();
      ndigits += digits(base === 16 ? 16 : 10);
    }
    if (ndigits === 0 && (prefix === 'x' || prefix === 'o' || prefix === 'b')) {
      this.err(this.pos(), errText(47, baseName(base)));
      bad = true;
    }
    const e = this.peekCp() | 0x20;
    if ((e === 0x65 && base !== 16) || (e === 0x70 && base === 16)) {
      kind = 'float';
      if (prefix === '0') { base = 10; prefix = ''; }
      this.advance();
      if (this.peekCp() === 0x2b || this.peekCp() === 0x2d) this.advance();
      let n = 0;
      while (isAsciiDigit(this.peekCp()) || this.peekCp() === 0x5f) { this.advance(); n++; }
      if (n === 0) { this.err(this.pos(), errText(48)); bad = true; }
    } else if (kind === 'float' && base === 16) {
      this.err(this.pos(), errText(49));
      bad = true;
    }
    if (this.peekCp() === 0x69) {
      kind = 'imag';
      this.advance();
    }
    if (kind === 'int' && invalidDigit && !bad) {
      // gc reports the first invalid digit for an octal (or binary) integer literal
      this.err(invalidDigit.pos, errText(50, quoteRune(invalidDigit.ch), baseName(prefix === '0' ? 8 : base)));
      bad = true;
    }
    const text = this.src.slice(start.offset, this.off);
    if (!bad && text.includes('_')) {
      const i = invalidSep(text);
      if (i >= 0) {
        this.err({ ...start, col: start.col + i, offset: start.offset + i }, errText(51));
        bad = true;
      }
    }
    return this.lit(start, kind, bad);
  }

  private escape(quote: number): boolean {
    // after the backslash
    const c = this.peekCp();
    const simple = [0x61, 0x62, 0x66, 0x6e, 0x72, 0x74, 0x76, 0x5c];
    if (simple.includes(c) || c === quote) {
      this.advance();
      return true;
    }
    let n = 0;
    let base = 0;
    let max = 0;
    if (c >= 0x30 && c <= 0x37) { n = 3; base = 8; max = 255; }
    else if (c === 0x78) { this.advance(); n = 2; base = 16; max = 255; }
    else if (c === 0x75) { this.advance(); n = 4; base = 16; max = 0x10ffff; }
    else if (c === 0x55) { this.advance(); n = 8; base = 16; max = 0x10ffff; }
    else {
      if (c === -1) return true; // reported as unterminated
      this.err(this.pos(), errText(52));
      return false;
    }
    let x = 0;
    for (let i = 0; i < n; i++) {
      const ch = this.peekCp();
      if (ch === -1) return true;
      const d = digitVal(ch);
      if (d >= base) {
        this.err(this.pos(), errText(53, quoteRune(String.fromCodePoint(ch)), baseName(base)));
        return false;
      }
      x = x * base + d;
      this.advance();
    }
    if (x > max && base === 8) {
      this.err(this.pos(), errText(54, x));
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.err(this.pos(), errText(55, formatRuneU(x)));
      return false;
    }
    return true;
  }

  private stdString(start: Pos): Token {
    this.advance();
    let ok = true;
    for (;;) {
      const c = this.peekCp();
      if (c === 0x22) { this.advance(); break; }
      if (c === 0x5c) { this.advance(); if (!this.escape(0x22)) ok = false; continue; }
      if (c === 0x0a) { this.err(this.pos(), errText(56)); ok = false; break; }
      if (c === -1) { this.err(start, errText(57)); ok = false; break; }
      this.advance();
    }
    return this.lit(start, 'string', !ok);
  }

  private rawString(start: Pos): Token {
    this.advance();
    for (;;) {
      const c = this.peekCp();
      if (c === 0x60) { this.advance(); break; }
      if (c === -1) { this.err(start, errText(58)); return this.lit(start, 'string', true); }
      this.advance();
    }
    return this.lit(start, 'string');
  }

  private rune(start: Pos): Token {
    this.advance();
    let n = 0;
    let ok = true;
    for (;;) {
      const c = this.peekCp();
      if (c === 0x27) {
        if (ok) {
          if (n === 0) { this.err(this.pos(), errText(59)); ok = false; }
          else if (n !== 1) { this.err(start, errText(60)); ok = false; }
        }
        this.advance();
        break;
      }
      if (c === 0x5c) { this.advance(); if (!this.escape(0x27)) ok = false; n++; continue; }
      if (c === 0x0a) { if (ok) this.err(this.pos(), errText(61)); ok = false; break; }
      if (c === -1) { if (ok) this.err(start, errText(62)); ok = false; break; }
      this.advance();
      n++;
    }
    return this.lit(start, 'char', !ok);
  }
}

/** invalidSep returns the index of the first '_' in a number literal that does not separate digits, or -1. */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.';
  let i = 0;
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1].toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i];
    if (d === '_') {
      if (p !== '0') return i;
    } else if ((d >= '0' && d <= '9') || (x1 === 'x' && /[0-9a-fA-F]/.test(d))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function digitVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return 16;
}
function baseName(b: number): string {
  return b === 2 ? 'binary' : b === 8 ? 'octal' : b === 10 ? 'decimal' : 'hexadecimal';
}
