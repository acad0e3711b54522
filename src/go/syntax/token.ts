/** Tokens of the Go subset, spelled the way gc prints them in syntax errors. */

/** Pos is a source position: file name, 1-based line, 1-based byte column (as gc counts), 0-based UTF-16 offset. */
export interface Pos {
  file: string;
  line: number;
  col: number;
  offset: number;
}

/** TokenKind names every token class the scanner produces. */
export type TokenKind =
  | 'EOF'
  | 'name'
  | 'literal'
  | 'op' // operators and punctuation, the text is in `value`
  | 'keyword';

/** LitKind is the kind of a basic literal. */
export type LitKind = 'int' | 'float' | 'imag' | 'char' | 'string';

/** Token is one scanned token; `value` is the exact source text (or ';' / 'newline' / 'EOF' for implicit ones). */
export interface Token {
  kind: TokenKind;
  value: string;
  pos: Pos;
  end: Pos;
  litKind?: LitKind;
  /** implicit is true for a semicolon inserted at a newline or at EOF. */
  implicit?: 'newline' | 'EOF';
}

/** KEYWORDS lists Go's 25 keywords. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func',
  'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct',
  'switch', 'type', 'var',
]);

/** OPERATORS lists every operator and punctuation token, longest first so the scanner can match greedily. */
export const OPERATORS: readonly string[] = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^', '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=',
  '!', '~', '(', ')', '[', ']', '{', '}', ',', ';', '.', ':',
];

/** BINARY_PREC gives gc's binary operator precedence (5 highest). */
export const BINARY_PREC: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
  '+': 4, '-': 4, '|': 4, '^': 4,
  '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5,
};

/** ASSIGN_OPS lists the compound assignment operators and their binary operator. */
export const ASSIGN_OPS: Readonly<Record<string, string>> = {
  '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%', '&=': '&', '|=': '|', '^=': '^',
  '<<=': '<<', '>>=': '>>', '&^=': '&^',
};

/** describeToken renders a token as gc does after "unexpected": `name x`, `literal 1`, `newline`, `return`, `{`. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case 'EOF':
      return 'EOF';
    case 'name':
      return `name ${t.value}`;
    case 'literal':
      return `literal ${t.value}`;
    case 'keyword':
      return t.value;
    case 'op':
      if (t.value === ';') return t.implicit === 'newline' ? 'newline' : t.implicit === 'EOF' ? 'EOF' : 'semicolon';
      if (t.value === ',') return 'comma';
      if (t.value === '...') return '...';
      return t.value;
  }
}
