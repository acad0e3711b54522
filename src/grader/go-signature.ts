/**
 * Go function signatures written as text in an exercise's frontmatter, e.g.
 * `func FindUser(ctx context.Context, db *sql.DB, name string) (int, error)` or
 * `func (s *Server) LatestOrder(w http.ResponseWriter, r *http.Request)`. The parser handles the shapes
 * exercises use: an optional receiver, grouped parameter names (`a, b string`), unnamed or named results,
 * and function-typed parameters (`render func(name string) error`).
 */

/** GoParam is one parameter or result: its name ('' when unnamed) and its type as Go text. */
export interface GoParam {
  name: string;
  type: string;
}

/** GoSignature is a parsed function or method signature. */
export interface GoSignature {
  /** receiver is the method's receiver (`s *Server`), absent for plain functions. */
  receiver?: GoParam;
  name: string;
  params: GoParam[];
  results: GoParam[];
  /** text is the signature normalised to gofmt's spacing. */
  text: string;
}

/** ParsedSignature is a signature or the reason the text is not one. */
export type ParsedSignature = { ok: true; sig: GoSignature } | { ok: false; error: string };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** splitTop splits s at commas that are not inside (), [] or {}. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '' || out.length > 0) out.push(cur.trim());
  return out;
}

/** matchParen returns the index of the ')' that closes the '(' at open, or -1. */
function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** normType collapses a type's spacing: `func(name string) error`, `[]string`, `*sql.DB`. */
function normType(t: string): string {
  return t.trim().replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s*,\s*/g, ', ');
}

function looksLikeType(t: string): boolean {
  return /^(\*|\[\]|\[\d+\]|map\[|func\(|chan |<-chan |chan<- |[A-Za-z_])/.test(t);
}

/** parseList parses a parameter list's inside, with Go's rule that names are all present or all absent. */
function parseList(inner: string, what: string): { ok: true; list: GoParam[] } | { ok: false; error: string } {
  const parts = splitTop(inner);
  if (parts.length === 0) return { ok: true, list: [] };
  if (parts.some((p) => p === '')) return { ok: false, error: `${what}: empty entry in the list` };
  const named = parts.some((p) => /^[A-Za-z_][A-Za-z0-9_]*\s+\S/.test(p) && !/^func\(/.test(p) && !/^(chan|map)\b/.test(p));
  if (!named) {
    for (const p of parts) if (!looksLikeType(p)) return { ok: false, error: `${what}: "${p}" is not a type` };
    return { ok: true, list: parts.map((p) => ({ name: '', type: normType(p) })) };
  }
  const list: GoParam[] = [];
  let pending: string[] = [];
  for (const p of parts) {
    const m = p.match(/^([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$/s);
    if (!m) {
      if (!IDENT.test(p)) return { ok: false, error: `${what}: mixed named and unnamed parameters ("${p}")` };
      pending.push(p);
      continue;
    }
    const type = normType(m[2]!);
    if (!looksLikeType(type)) return { ok: false, error: `${what}: "${type}" is not a type` };
    for (const n of [...pending, m[1]!]) list.push({ name: n, type });
    pending = [];
  }
  if (pending.length > 0) return { ok: false, error: `${what}: ${pending.join(', ')} has no type` };
  return { ok: true, list };
}

function render(list: GoParam[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const next = list[i + 1];
    if (p.name === '') out.push(p.type);
    else if (next && next.name !== '' && next.type === p.type) out.push(p.name);
    else out.push(`${p.name} ${p.type}`);
  }
  return out.join(', ');
}

/** formatSignature renders a signature as gofmt writes it, grouping adjacent parameters of one type. */
export function formatSignature(sig: Omit<GoSignature, 'text'>): string {
  const recv = sig.receiver ? `(${sig.receiver.name} ${sig.receiver.type}) ` : '';
  let res = '';
  if (sig.results.length === 1 && sig.results[0]!.name === '') res = ` ${sig.results[0]!.type}`;
  else if (sig.results.length > 0) res = ` (${render(sig.results)})`;
  return `func ${recv}${sig.name}(${render(sig.params)})${res}`;
}

/** parseSignature parses `func [recv] Name(params) results` written as Go text. */
export function parseSignature(text: string): ParsedSignature {
  let s = text.trim();
  if (!s.startsWith('func ') && !s.startsWith('func(')) return { ok: false, error: 'a signature starts with "func"' };
  s = s.slice(4).trim();
  let receiver: GoParam | undefined;
  if (s.startsWith('(')) {
    const close = matchParen(s, 0);
    if (close < 0) return { ok: false, error: 'unbalanced parentheses in the receiver' };
    const r = parseList(s.slice(1, close), 'receiver');
    if (!r.ok) return r;
    if (r.list.length !== 1 || r.list[0]!.name === '') return { ok: false, error: 'a method has exactly one named receiver, like (s *Server)' };
    receiver = r.list[0];
    s = s.slice(close + 1).trim();
  }
  const nm = s.match(/^([A-Za-z_][A-Za-z0-9_]*)\s*\(/);
  if (!nm) return { ok: false, error: 'expected the function name followed by "("' };
  const name = nm[1]!;
  const open = nm[0].length - 1;
  const close = matchParen(s, open);
  if (close < 0) return { ok: false, error: 'unbalanced parentheses in the parameters' };
  const params = parseList(s.slice(open + 1, close), 'parameters');
  if (!params.ok) return params;
  const rest = s.slice(close + 1).trim();
  let results: GoParam[] = [];
  if (rest.startsWith('(')) {
    const rc = matchParen(rest, 0);
    if (rc !== rest.length - 1) return { ok: false, error: 'unexpected text after the results' };
    const r = parseList(rest.slice(1, rc), 'results');
    if (!r.ok) return r;
    results = r.list;
  } else if (rest !== '') {
    if (!looksLikeType(rest) || rest.includes('{')) return { ok: false, error: `"${rest}" is not a result type (a signature has no body)` };
    results = [{ name: '', type: normType(rest) }];
  }
  const sig = { receiver, name, params: params.list, results };
  return { ok: true, sig: { ...sig, text: formatSignature(sig) } };
}

/** signatureShape is a signature's types only (receiver, parameters, results): parameter names may differ. */
export function signatureShape(s: GoSignature): string {
  return `${s.receiver?.type ?? ''}|${s.params.map((p) => p.type).join(',')}|${s.results.map((p) => p.type).join(',')}`;
}
