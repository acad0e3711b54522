/**
 * expvar: published variables (Int, Float, String, Map, Func) and the `GET /debug/vars` handler, which the
 * package registers on the run's http.DefaultServeMux when the program first uses expvar. Output as Go 1.23
 * writes it; `cmdline` is published, `memstats` is not (the simulator has no Go heap to report).
 */
import { anyType, basic, funcOf, hostType, named, ptrTo, sliceOf, type Iface, type RType } from '../runtime/rtype.ts';
import { H } from '../runtime/helpers.ts';
import { GoPanic } from '../runtime/panic.ts';
import { fromArray } from '../runtime/slice.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { formatFloat } from './format/float.ts';
import { decodeRune } from './format/utf8.ts';
import { encode, JsonError } from './json.ts';
import { handlerFuncT, headerT } from './sql/http.ts';
import type { MuxState } from './http-mux.ts';
import { parsePattern } from './http-mux.ts';

const HEX = '0123456789abcdef';

/** appendJSONQuote is expvar's own string quoting (runes; < > & and U+2028/9 escaped). */
export function expvarQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const [r, size] = decodeRune(s, i);
    const ch = s.slice(i, i + size);
    i += size;
    if (r < 0x20 || r === 0x5c || r === 0x22 || r === 0x3c || r === 0x3e || r === 0x26 || r === 0x2028 || r === 0x2029) {
      if (r === 0x5c || r === 0x22) out += '\\' + ch;
      else if (r === 0x0a) out += '\\n';
      else if (r === 0x0d) out += '\\r';
      else if (r === 0x09) out += '\\t';
      else out += '\\u' + HEX[(r >> 12) & 15] + HEX[(r >> 8) & 15] + HEX[(r >> 4) & 15] + HEX[r & 15];
    } else out += ch;
  }
  return out + '"';
}

interface NumVar { v: number }
interface StrVar { v: string }
interface MapVar { m: Map<string, Iface | null> }

/** intT, floatT, stringT, mapT and funcT are expvar's Int, Float, String, Map and Func. */
export const intT: RType = hostType('expvar', 'Int', (): NumVar => ({ v: 0 }));
export const floatT: RType = hostType('expvar', 'Float', (): NumVar => ({ v: 0 }));
export const stringT: RType = hostType('expvar', 'String', (): StrVar => ({ v: '' }));
export const mapT: RType = hostType('expvar', 'Map', (): MapVar => ({ m: new Map() }));
export const funcT: RType = named('expvar', 'Func', funcOf([], [anyType], false));

const pInt = ptrTo(intT), pFloat = ptrTo(floatT), pString = ptrTo(stringT), pMap = ptrTo(mapT);
const floatText = (v: number) => formatFloat(v, 'g', -1, 64);

pInt.methods.set('Add', function* (_g: unknown, x: NumVar, d: number) { x.v = Number(BigInt.asIntN(64, BigInt(x.v) + BigInt(d))); });
pInt.methods.set('Set', function* (_g: unknown, x: NumVar, v: number) { x.v = Number(v); });
pInt.methods.set('Value', function* (_g: unknown, x: NumVar) { return x.v; });
pInt.methods.set('String', function* (_g: unknown, x: NumVar) { return String(x.v); });
pFloat.methods.set('Add', function* (_g: unknown, x: NumVar, d: number) { x.v += d; });
pFloat.methods.set('Set', function* (_g: unknown, x: NumVar, v: number) { x.v = v; });
pFloat.methods.set('Value', function* (_g: unknown, x: NumVar) { return x.v; });
pFloat.methods.set('String', function* (_g: unknown, x: NumVar) { return floatText(x.v); });
pString.methods.set('Set', function* (_g: unknown, x: StrVar, v: string) { x.v = v; });
pString.methods.set('Value', function* (_g: unknown, x: StrVar) { return x.v; });
pString.methods.set('String', function* (_g: unknown, x: StrVar) { return expvarQuote(x.v); });

/** varJSON is a Var's text in /debug/vars: the JSON of Int, Float, String and Map, otherwise its String(). */
function* varJSON(g: unknown, v: Iface | null): Generator<unknown, string, unknown> {
  if (v === null) return 'null';
  if (v.t === pInt) return String((v.v as NumVar).v);
  if (v.t === pFloat) return floatText((v.v as NumVar).v);
  if (v.t === pString) return expvarQuote((v.v as StrVar).v);
  if (v.t === pMap) return yield* mapJSON(g, v.v as MapVar, false);
  return (yield* H.imethod(v, 'String')(g)) as string;
}

/** mapJSON is Map.appendJSONMayExpand: sorted keys, `": "` after each key, `, ` (or `,\n` expanded) between. */
function* mapJSON(g: unknown, m: MapVar, expand: boolean): Generator<unknown, string, unknown> {
  const nl = expand ? '\n' : '';
  const keys = [...m.m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [];
  for (const k of keys) parts.push(expvarQuote(k) + ': ' + (yield* varJSON(g, m.m.get(k)!)));
  return '{' + nl + parts.join(expand ? ',\n' : ', ') + nl + '}' + nl;
}

pMap.methods.set('Add', function* (_g: unknown, x: MapVar, k: string, d: number) {
  let v = x.m.get(k);
  if (!v) { v = { t: pInt, v: { v: 0 } }; x.m.set(k, v); }
  if (v.t === pInt) (v.v as NumVar).v = Number(BigInt.asIntN(64, BigInt((v.v as NumVar).v) + BigInt(d)));
});
pMap.methods.set('AddFloat', function* (_g: unknown, x: MapVar, k: string, d: number) {
  let v = x.m.get(k);
  if (!v) { v = { t: pFloat, v: { v: 0 } }; x.m.set(k, v); }
  if (v.t === pFloat) (v.v as NumVar).v += d;
});
pMap.methods.set('Set', function* (_g: unknown, x: MapVar, k: string, v: Iface | null) { x.m.set(k, v); });
pMap.methods.set('Get', function* (_g: unknown, x: MapVar, k: string) { return x.m.get(k) ?? null; });
pMap.methods.set('Delete', function* (_g: unknown, x: MapVar, k: string) { x.m.delete(k); });
pMap.methods.set('Do', function* (g: unknown, x: MapVar, f: (g: unknown, kv: unknown) => Generator<unknown, void, unknown>) {
  for (const k of [...x.m.keys()].sort()) yield* f(g, { Key: k, Value: x.m.get(k) ?? null });
});
pMap.methods.set('String', function* (g: unknown, x: MapVar) { return yield* mapJSON(g, x, false); });

/** funcString is Func.String: json.Marshal of f()'s result (an error from Marshal gives ""). */
function* funcString(g: unknown, f: (g: unknown) => Generator<unknown, Iface | null, unknown>): Generator<unknown, string, unknown> {
  const v = yield* f(g);
  try { return v === null ? 'null' : yield* encode(g, v.t, v.v, { html: true }); } catch (e) { if (e instanceof JsonError) return ''; throw e; }
}
funcT.methods.set('String', funcString as never);
funcT.methods.set('Value', function* (g: unknown, f: (g: unknown) => Generator<unknown, Iface | null, unknown>) { return yield* f(g); });
ptrTo(funcT).methods.set('String', (g: unknown, p: { v: never }) => funcString(g, p.v));

const keyValueT: RType = hostType('expvar', 'KeyValue', () => ({ Key: '', Value: null }), (v) => ({ ...v }));

/** expvarPackage builds expvar for a run: its variables, `cmdline` published, `GET /debug/vars` on DefaultServeMux. */
export function expvarPackage(rt: Runtime) {
  const vars: MapVar = { m: new Map() };
  const handler = function* (g: any, w: Iface) {
    const h = yield* H.imethod(w, 'Header')(g);
    yield* headerT.methods.get('Set')!(g, h, 'Content-Type', 'application/json; charset=utf-8');
    const body = yield* mapJSON(g, vars, true);
    yield* H.imethod(w, 'Write')(g, fromArray([...body].map((c) => c.charCodeAt(0))));
  };
  const publish = (name: string, v: Iface | null) => {
    if (vars.m.has(name)) {
      const s = `Reuse of exported var name: ${name}\n`;
      rt.pkgs.log.funcs.Print(null, fromArray([{ t: basic.string, v: s }]));
      throw new GoPanic({ t: basic.string, v: s });
    }
    vars.m.set(name, v);
  };
  publish('cmdline', { t: funcT, v: function* () { return { t: sliceOf(basic.string), v: rt.pkgs.os.vars.Args }; } });
  // Go registers the handler in expvar's init; here it happens when the program first calls into expvar.
  let registered = false;
  const ensure = () => {
    if (registered) return;
    registered = true;
    const mux = rt.pkgs['net/http'].vars.DefaultServeMux as MuxState;
    const p = parsePattern('GET /debug/vars');
    if (!('error' in p)) mux.routes.push({ ...p, handler: { t: handlerFuncT, v: handler }, order: mux.routes.length });
  };
  const make = (t: RType, zero: () => unknown) => (_g: unknown, name: string) => { ensure(); const v = zero(); publish(name, { t: ptrTo(t), v }); return v; };
  return {
    types: { Int: intT, Float: floatT, String: stringT, Map: mapT, Func: funcT, KeyValue: keyValueT },
    vars: {},
    funcs: {
      Publish: (_g: unknown, name: string, v: Iface | null) => { ensure(); publish(name, v); },
      Get: (_g: unknown, name: string) => { ensure(); return vars.m.get(name) ?? null; },
      NewInt: make(intT, () => ({ v: 0 })),
      NewFloat: make(floatT, () => ({ v: 0 })),
      NewString: make(stringT, () => ({ v: '' })),
      NewMap: make(mapT, () => ({ m: new Map() })),
      Do: function* (g: unknown, f: (g: unknown, kv: unknown) => Generator<unknown, void, unknown>) {
        ensure();
        for (const k of [...vars.m.keys()].sort()) yield* f(g, { Key: k, Value: vars.m.get(k) ?? null });
      },
      Handler: () => { ensure(); return { t: handlerFuncT, v: handler }; },
    },
  };
}

