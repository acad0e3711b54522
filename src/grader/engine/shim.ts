/**
 * harnessShim writes the Go file the engine compiles next to the learner's main.go: a wrapper that calls
 * the entry point and formats its non-error results with %#v (so results compare as Go prints them), and
 * one http.HandlerFunc getter per route (method values of the constructed value).
 */
import type { GoSignature } from '../go-signature.ts';
import type { Scenario } from '../scenario.ts';

/** SHIM_FILE is the harness file's name (it never appears in learner-facing sites: its frames are outermost). */
export const SHIM_FILE = 'leakproof_harness.go';
/** CALL_FUNC is the generated wrapper of the entry point. */
export const CALL_FUNC = 'LeakproofHarnessCall';
/** ROUTE_PREFIX names the generated route getters: LeakproofHarnessRoute0, 1, ... */
export const ROUTE_PREFIX = 'LeakproofHarnessRoute';

function importsFor(texts: string[], always: string[]): string {
  const all = texts.join(' ');
  const paths = new Set(always);
  if (/\bcontext\./.test(all)) paths.add('context');
  if (/\bsql\./.test(all)) paths.add('database/sql');
  if (/\bhttp\./.test(all)) paths.add('net/http');
  if (/\btime\./.test(all)) paths.add('time');
  return `import (\n${[...paths].sort().map((p) => `\t"${p}"`).join('\n')}\n)\n`;
}

/** callShim wraps a function entry: `LeakproofHarnessCall(params) ([]string, error)`. */
export function callShim(entry: GoSignature): string {
  const params = entry.params.map((p, i) => `p${i} ${p.type}`).join(', ');
  const args = entry.params.map((_, i) => `p${i}`).join(', ');
  const res = entry.results;
  const hasErr = res.length > 0 && res[res.length - 1]!.type === 'error';
  const plain = hasErr ? res.slice(0, -1) : res;
  const names = plain.map((_, i) => `r${i}`);
  const lhs = [...names, ...(hasErr ? ['err'] : [])];
  const call = lhs.length > 0 ? `\t${lhs.join(', ')} := ${entry.name}(${args})\n` : `\t${entry.name}(${args})\n`;
  const out = `[]string{${names.map((n) => `fmt.Sprintf("%#v", ${n})`).join(', ')}}`;
  return `package main\n\n${importsFor(entry.params.map((p) => p.type), ['fmt'])}\nvar _ = fmt.Sprintf\n\nfunc ${CALL_FUNC}(${params}) ([]string, error) {\n${call}\treturn ${out}, ${hasErr ? 'err' : 'nil'}\n}\n`;
}

/** httpShim gives one HandlerFunc getter per route of an http drive, over the constructor's result type. */
export function httpShim(ctor: GoSignature, drive: Extract<Scenario['drive'], { kind: 'http' }>): string {
  const t = ctor.results[0]?.type ?? 'http.Handler';
  const routes = drive.routes.map((r, i) => `func ${ROUTE_PREFIX}${i}(x ${t}) http.HandlerFunc {\n\treturn x.${r.handler ?? 'ServeHTTP'}\n}\n`).join('\n');
  return `package main\n\n${importsFor([t], ['net/http'])}\n${routes}`;
}
