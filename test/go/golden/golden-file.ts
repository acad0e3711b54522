// The golden file format: a Go program followed by a comment block with real Go 1.23's result.
//
//   // Output:          stdout, one `// ` line per line (`//` alone for an empty line)
//   // Error:           stderr after normalise() (compile errors or runtime failure), same line format
//   // Exit: N          the exit status, when not 0
//   // No final newline: stdout|stderr   when that stream does not end in '\n'
//
// `// Output:` is always present (possibly empty); the others only when non-empty / non-zero.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Expected is what a golden program prints and how it exits, after normalisation. */
export interface Expected { stdout: string; stderr: string; exit: number }

/** Golden is one parsed golden file. */
export interface Golden { path: string; name: string; source: string; expected: Expected | null }

/** GOLDEN_DIR is the folder holding the golden programs, one sub-folder per feature. */
export const GOLDEN_DIR = import.meta.dirname;

const BLOCK_START = /^\/\/ (Output|Error):$/;

/** splitGolden separates the program text from its trailing comment block (null when none yet). */
export function splitGolden(text: string): { source: string; block: string | null } {
  const lines = text.split('\n');
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l === '' && i === lines.length - 1) continue;
    if (!l.startsWith('//')) break;
    if (BLOCK_START.test(l)) start = i;
  }
  if (start < 0) return { source: text, block: null };
  return { source: lines.slice(0, start).join('\n'), block: lines.slice(start).join('\n') };
}

/** parseBlock reads the expectations from a comment block written by renderBlock. */
export function parseBlock(block: string): Expected {
  const out: Record<'Output' | 'Error', string[]> = { Output: [], Error: [] };
  let cur: string[] | null = null;
  let exit = 0;
  const noFinal = new Set<string>();
  for (const l of block.split('\n')) {
    if (l === '') continue;
    const head = /^\/\/ (Output|Error):$/.exec(l);
    if (head) { cur = out[head[1] as 'Output' | 'Error']; continue; }
    const ex = /^\/\/ Exit: (\d+)$/.exec(l);
    if (ex) { exit = Number(ex[1]); cur = null; continue; }
    const nf = /^\/\/ No final newline: (stdout|stderr)$/.exec(l);
    if (nf) { noFinal.add(nf[1]); cur = null; continue; }
    if (!cur) throw new Error(`unexpected line in golden block: ${l}`);
    if (l === '//') cur.push('');
    else if (l.startsWith('// ')) cur.push(l.slice(3));
    else throw new Error(`malformed golden line: ${l}`);
  }
  const join = (ls: string[], name: string): string => (ls.length === 0 ? '' : ls.join('\n') + (noFinal.has(name) ? '' : '\n'));
  return { stdout: join(out.Output, 'stdout'), stderr: join(out.Error, 'stderr'), exit };
}

function commentLines(text: string): string[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n').map((l) => (l === '' ? '//' : '// ' + l));
}

/** renderBlock writes expectations as the trailing comment block. */
export function renderBlock(e: Expected): string {
  const lines = ['// Output:'];
  if (e.stdout !== '') lines.push(...commentLines(e.stdout));
  if (e.stderr !== '') lines.push('// Error:', ...commentLines(e.stderr));
  if (e.exit !== 0) lines.push(`// Exit: ${e.exit}`);
  if (e.stdout !== '' && !e.stdout.endsWith('\n')) lines.push('// No final newline: stdout');
  if (e.stderr !== '' && !e.stderr.endsWith('\n')) lines.push('// No final newline: stderr');
  return lines.join('\n') + '\n';
}

/**
 * normaliseStderr applies the only normalisations goldens allow: no `# command-line-arguments` header,
 * no `./` before file names, absolute paths to the program shortened to its file name, GOROOT as $GOROOT,
 * no `+0x..` pc offsets, the signal line's pc as `pc=?`, stack-overflow
 * reports' fp/sp/pc/gp/mp addresses, frame arguments shown as `(...)`, goroutine ids other than 1 shown as N,
 * and no `exit status N` line from `go run`.
 */
export function normaliseStderr(s: string): string {
  return s
    .split('\n')
    .filter((l) => l !== '# command-line-arguments' && !/^exit status \d+$/.test(l))
    .map((l) =>
      l
        .replace(/^(\s*)\.\/([\w.-]+\.go)/, '$1$2')
        .replace(/^(\s*)\/\S*\/go-1\.\d+\//, '$1$GOROOT/')
        .replace(/^(\s*)\/\S*\/([\w-]+\.go:\d+)/, '$1$2')
        .replace(/ fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+$/, '')
        .replace(/ \+0x[0-9a-f]+$/, '')
        .replace(/ pc=0x[0-9a-f]+\]$/, ' pc=?]')
        .replace(/^(runtime: sp=)0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$/, '$1? stack=[?]')
        .replace(/^(goroutine \d+) gp=0x[0-9a-f]+ m=\w+(?: mp=0x[0-9a-f]+)? \[/, '$1 [')
        .replace(/^([\w.*()/\[\]-]+)\((.+)\)$/, '$1(...)')
        .replace(/goroutine (?!1\b)\d+/g, 'goroutine N'),
    )
    .join('\n');
}

/** listGoldens returns every golden .go file under dir, sorted, as paths relative to GOLDEN_DIR. */
export function listGoldens(dir = GOLDEN_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.go')) out.push(relative(GOLDEN_DIR, p));
    }
  };
  walk(dir);
  return out.sort();
}
