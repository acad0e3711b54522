/** Token is one lexical piece of a MySQL statement, with its offset in the source text. */
export interface Token {
  kind: 'word' | 'number' | 'string' | 'quoted' | 'param' | 'punct' | 'space' | 'comment';
  text: string;
  start: number;
}

/** tokenize splits MySQL SQL into tokens; strings keep their quotes, `quoted` is a backtick identifier. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    const start = i;
    if (/\s/.test(c)) {
      while (i < n && /\s/.test(sql[i]!)) i++;
      out.push({ kind: 'space', text: sql.slice(start, i), start });
    } else if (c === '-' && sql[i + 1] === '-' && (i + 2 >= n || /\s/.test(sql[i + 2]!))) {
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
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      while (i < n && /[0-9.eE]/.test(sql[i]!)) i++;
      out.push({ kind: 'number', text: sql.slice(start, i), start });
    } else if (/[A-Za-z_$@]/.test(c)) {
      while (i < n && /[A-Za-z0-9_$@]/.test(sql[i]!)) i++;
      out.push({ kind: 'word', text: sql.slice(start, i), start });
    } else if (c === '?') {
      i++;
      out.push({ kind: 'param', text: '?', start });
    } else {
      const two = sql.slice(i, i + 2);
      i += ['<=', '>=', '<>', '!=', '||', '&&', ':='].includes(two) ? 2 : 1;
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
  return !!t && t.kind === 'word' && words.some((w) => w.toUpperCase() === t.text.toUpperCase());
}
