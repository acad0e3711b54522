/** Token is one lexical piece of a MySQL statement, with its offset in the source text. */
export interface Token {
  kind: 'word' | 'number' | 'string' | 'quoted' | 'param' | 'punct' | 'space' | 'comment';
  text: string;
  start: number;
}

/** isSpace is `/\s/` for one UTF-16 code unit (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** isWordStart is `/[A-Za-z_$@]/` for one code unit. */
function isWordStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24 || c === 0x40;
}

/** isNumberPart is `/[0-9.eE]/` for one code unit. */
function isNumberPart(c: number): boolean {
  return isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45;
}

const TWO_CHAR_PUNCT = new Set(['<=', '>=', '<>', '!=', '||', '&&', ':=']);

/** tokenize splits MySQL SQL into tokens; strings keep their quotes, `quoted` is a backtick identifier. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    const cc = sql.charCodeAt(i);
    const start = i;
    if (isSpace(cc)) {
      while (i < n && isSpace(sql.charCodeAt(i))) i++;
      out.push({ kind: 'space', text: sql.slice(start, i), start });
    } else if (c === '-' && sql[i + 1] === '-' && (i + 2 >= n || isSpace(sql.charCodeAt(i + 2)))) {
      while (i < n && sql[i] !== '\n') i++;
      out.push({ kind: 'comment', text: sql.slice(start, i), start });
    } else if (c === '#') {
      while (i < n && sql[i] !== '\n') i++;
      out.push({ kind: 'comment', text: sql.slice(start, i), start });
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      out.push({ kind: 'comment', text: sql.slice(start, i), start });
    } else if (c === "'" || c === '"') {
      i++;
      while (i < n) {
        if (sql[i] === '\\') { i += 2; continue; }
        if (sql[i] === c) {
          if (sql[i + 1] === c) { i += 2; continue; }
          i++;
          break;
        }
        i++;
      }
      out.push({ kind: 'string', text: sql.slice(start, i), start });
    } else if (c === '`') {
      i++;
      while (i < n && sql[i] !== '`') i++;
      i = Math.min(n, i + 1);
      out.push({ kind: 'quoted', text: sql.slice(start, i), start });
    } else if (isDigit(cc) || (c === '.' && i + 1 < n && isDigit(sql.charCodeAt(i + 1)))) {
      while (i < n && isNumberPart(sql.charCodeAt(i))) i++;
      out.push({ kind: 'number', text: sql.slice(start, i), start });
    } else if (isWordStart(cc)) {
      while (i < n && (isWordStart(sql.charCodeAt(i)) || isDigit(sql.charCodeAt(i)))) i++;
      out.push({ kind: 'word', text: sql.slice(start, i), start });
    } else if (c === '?') {
      i++;
      out.push({ kind: 'param', text: '?', start });
    } else {
      const two = sql.slice(i, i + 2);
      i += TWO_CHAR_PUNCT.has(two) ? 2 : 1;
      out.push({ kind: 'punct', text: sql.slice(start, i), start });
    }
  }
  return out;
}

/** significant drops whitespace and comments. */
export function significant(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
}

/** unquote returns a string literal's or identifier's value without its quotes. */
export function unquote(text: string): string {
  const q = text[0];
  if (q === '`') return text.slice(1, -1);
  if (q === "'" || q === '"') {
    return text.slice(1, -1).replace(new RegExp(`${q}${q}`, 'g'), q).replace(/\\(.)/g, (_m, ch: string) =>
      ch === 'n' ? '\n' : ch === 't' ? '\t' : ch === '0' ? '\0' : ch);
  }
  return text;
}

/** isWord reports whether a token is the keyword (case-insensitive). */
export function isWord(t: Token | undefined, ...words: string[]): boolean {
  if (!t || t.kind !== 'word') return false;
  const upper = t.text.toUpperCase();
  for (let i = 0; i < words.length; i++) if (words[i]!.toUpperCase() === upper) return true;
  return false;
}
