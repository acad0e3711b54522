// fast-check generators: Go token soup and mutations of golden programs.
import fc from 'fast-check';

const KEYWORDS = ['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go',
  'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var'];
const IDENTS = ['main', 'x', 'y', 'err', 'fmt', 'Println', 'int', 'string', 'error', 'nil', 'true', 'any', 'T', 'append', 'len',
  'make', 'panic', 'recover', 'ch', 'sync', 'time', 'Sleep', '_', 'iota', 'close', 'new', 'Printf', 'byte', 'rune', 'float64', 'comparable'];
const OPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '+=', '-=', '*=', '=', ':=', '==', '!=', '<', '<=', '>', '>=',
  '&&', '||', '!', '<-', '++', '--', '(', ')', '[', ']', '{', '}', ',', ';', '.', '...', ':', '~'];
const LITERALS = ['0', '1', '42', '0x1F', '1e9', '2.5', '1_000', '0b101', '0o17', "'a'", "'\\n'", '"s"', '"a\\tb"', '`raw`', '"\\xff"', '1i', '08', '"unterminated'];
const SPACE = [' ', '\n', '\t', '\n\n', ' // c\n', ' /* c */ '];

/** token is one random Go token, occasionally malformed or whitespace. */
export const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...IDENTS) },
  { weight: 4, arbitrary: fc.constantFrom(...OPS) },
  { weight: 2, arbitrary: fc.constantFrom(...LITERALS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);

/** tokenSoup is a program made of random tokens, often with a valid header so the parser goes deeper. */
export const tokenSoup = fc
  .tuple(fc.boolean(), fc.array(token, { maxLength: 60 }))
  .map(([header, toks]) => (header ? 'package main\n\nimport "fmt"\n\nfunc main() {\n' : '') + toks.join(' ') + (header ? '\n}\n' : ''));

/** Mutation is one edit applied to a valid program. */
export type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceWord'; nth: number; word: string };

/** mutation generates a random edit (positions are fractions mapped onto the program later). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(100_000), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(100_000), text: token }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat(10_000) }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat(10_000) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(10_000), b: fc.nat(10_000) }),
  fc.record({ kind: fc.constant('replaceWord' as const), nth: fc.nat(10_000), word: fc.constantFrom(...KEYWORDS, ...IDENTS, ...LITERALS) }),
);

/** applyMutation edits source; positions wrap around its length. */
export function applyMutation(source: string, m: Mutation): string {
  const lines = source.split('\n');
  switch (m.kind) {
    case 'delete': {
      const at = m.at % Math.max(1, source.length);
      return source.slice(0, at) + source.slice(at + m.len);
    }
    case 'insert': {
      const at = m.at % (source.length + 1);
      return source.slice(0, at) + ' ' + m.text + ' ' + source.slice(at);
    }
    case 'duplicateLine': {
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'deleteLine': {
      lines.splice(m.line % lines.length, 1);
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = m.a % lines.length, b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'replaceWord': {
      const words = [...source.matchAll(/[A-Za-z_]\w*/g)];
      if (words.length === 0) return source;
      const w = words[m.nth % words.length];
      return source.slice(0, w.index) + m.word + source.slice(w.index! + w[0].length);
    }
  }
}
