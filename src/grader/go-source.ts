/**
 * Light reading of an exercise's Go files without compiling them: the package clause, the declared
 * signature of a function or method, and a mistake file's header comment.
 */
import type { CheckName } from './checks.ts';
import { isCheckName } from './check-names.ts';
import { parseSignature, type GoSignature } from './go-signature.ts';

/** stripComments blanks out // and /* *\/ comments and string contents, keeping offsets and newlines. */
function blank(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const two = src.slice(i, i + 2);
    if (two === '//') {
      while (i < src.length && src[i] !== '\n') { out += ' '; i++; }
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) out += src[i] === '\n' ? '\n' : ' ';
    } else if (c === '"' || c === '`' || c === "'") {
      out += c;
      i++;
      while (i < src.length && src[i] !== c) {
        if (c !== '`' && src[i] === '\\') { out += ' '; i++; }
        out += src[i] === '\n' ? '\n' : ' ';
        i++;
      }
      if (i < src.length) { out += c; i++; }
    } else { out += c; i++; }
  }
  return out;
}

/** packageName returns the file's package clause name, or undefined. */
export function packageName(src: string): string | undefined {
  return blank(src).match(/^\s*package\s+([A-Za-z_][A-Za-z0-9_]*)/)?.[1];
}

/** declaredSignature finds `func [recv] name(...)` at the top level and parses its signature (up to the body's `{`). */
export function declaredSignature(src: string, name: string, receiverType?: string): GoSignature | undefined {
  const b = blank(src);
  const re = new RegExp(`^func\\s*(\\([^)]*\\))?\\s*${name}\\s*[(\\[]`, 'gm');
  for (let m = re.exec(b); m; m = re.exec(b)) {
    const recv = m[1];
    if ((receiverType === undefined) !== (recv === undefined)) continue;
    if (receiverType !== undefined && recv!.replace(/\s+/g, ' ').split(' ').at(-1)!.replace(')', '') !== receiverType) continue;
    // The body starts at the first `{` at paren depth 0 after the parameters.
    let depth = 0;
    let i = m.index;
    for (; i < b.length; i++) {
      const c = b[i];
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === '{' && depth === 0) {
        // `func(x int) interface{ ... }` results are outside the subset the exercises use.
        break;
      }
    }
    const r = parseSignature(src.slice(m.index, i).replace(/\s+/g, ' '));
    return r.ok ? r.sig : undefined;
  }
  return undefined;
}

/** MistakeHeader is what a mistake file's leading comment declares. */
export interface MistakeHeader {
  mistake: string;
  check: CheckName;
  scenarios: string[];
}

/**
 * parseMistakeHeader reads the comment block at the top of a mistake file:
 * `// Mistake: <what is wrong>`, `// Check: <check name>`, optionally `// Scenarios: a, b/request`.
 */
export function parseMistakeHeader(src: string): { ok: true; header: MistakeHeader } | { ok: false; error: string } {
  const lines: string[] = [];
  for (const line of src.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/\s?/, ''));
  }
  const field = (k: string): string | undefined => lines.find((l) => l.startsWith(`${k}:`))?.slice(k.length + 1).trim();
  const mistake = field('Mistake');
  const check = field('Check');
  if (!mistake) return { ok: false, error: 'the header comment needs a "// Mistake: ..." line saying what is wrong' };
  if (!check) return { ok: false, error: 'the header comment needs a "// Check: <check>" line naming the check that catches it' };
  if (!isCheckName(check)) return { ok: false, error: `"${check}" is not a check (the checks are in src/grader/checks.ts)` };
  const sc = field('Scenarios');
  const scenarios = sc ? sc.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  return { ok: true, header: { mistake, check, scenarios } };
}
