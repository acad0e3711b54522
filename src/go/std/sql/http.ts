/** http: the course's minimal net/http (Handler, HandlerFunc, ResponseWriter, Request, Error, status texts) driven by the grader. */
import type * as sc from '../../../sim/context.ts';
import { anyType, basic, funcOf, hostType, mapOf, named, ptrTo, sliceOf, type Iface, type RType } from '../../runtime/rtype.ts';
import { GoMap, mget, mset } from '../../runtime/map.ts';
import { H } from '../../runtime/helpers.ts';
import { fromArray, toArray, type Slice } from '../../runtime/slice.ts';
import type { Runtime } from '../../runtime/runtime.ts';

/** headerT is http.Header: map[string][]string with canonical keys for Set/Get/Add. */
export const headerT: RType = named('http', 'Header', mapOf(basic.string, sliceOf(basic.string)));
const canon = (k: string) => k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
headerT.methods.set('Set', function* (_g: unknown, h: GoMap | null, k: string, v: string) { mset(h, canon(k), fromArray([v])); });
headerT.methods.set('Add', function* (_g: unknown, h: GoMap | null, k: string, v: string) { const c = canon(k); const old = toArray(mget(h, c, () => null)); mset(h, c, fromArray([...old, v])); });
headerT.methods.set('Get', function* (_g: unknown, h: GoMap | null, k: string) { const l = toArray(mget(h, canon(k), () => null)); return l.length > 0 ? l[0] : ''; });
for (const [k, m] of headerT.methods) ptrTo(headerT).methods.set(k, (g: any, p: any, ...a: any[]) => m(g, p.v, ...a));

/** valuesT is url.Values. */
export const valuesT: RType = hostType('url', 'Values', () => ({ m: new Map<string, string[]>() }));
ptrTo(valuesT).methods.set('Get', function* (_g: unknown, v: { m: Map<string, string[]> }, k: string) { return v.m.get(k)?.[0] ?? ''; });
ptrTo(valuesT).methods.set('Has', function* (_g: unknown, v: { m: Map<string, string[]> }, k: string) { return v.m.has(k); });

/** urlT is url.URL (Path, RawQuery; Query parses RawQuery). */
export const urlT: RType = hostType('url', 'URL', () => ({ Path: '', RawQuery: '' }));
ptrTo(urlT).methods.set('Query', function* (_g: unknown, u: { RawQuery: string }) {
  const m = new Map<string, string[]>();
  for (const part of u.RawQuery.split('&')) {
    if (!part) continue;
    const [k, v = ''] = part.split('=');
    const dk = decodeURIComponent(k!.replace(/\+/g, ' '));
    m.set(dk, [...(m.get(dk) ?? []), decodeURIComponent(v.replace(/\+/g, ' '))]);
  }
  return { m };
});

/** requestT is http.Request: Method and URL fields, Context() the request's context. */
export const requestT: RType = hostType('http', 'Request', () => ({ Method: 'GET', URL: null, ctx: null }));
ptrTo(requestT).methods.set('Context', function* (_g: unknown, r: { ctx: Iface }) { return r.ctx; });

/** Recorded is what a handler wrote. */
export interface Recorded { status: number; wroteHeader: boolean; body: string; header: GoMap }
/** responseT is the harness's ResponseWriter (%T `*http.response`). */
export const responseT: RType = hostType('http', 'response', () => null);
responseT.str = '*http.response';
responseT.methods.set('Header', function* (_g: unknown, w: Recorded) { return w.header; });
responseT.methods.set('WriteHeader', function* (_g: unknown, w: Recorded, code: number) { if (!w.wroteHeader) { w.status = Number(code); w.wroteHeader = true; } });
responseT.methods.set('Write', function* (_g: unknown, w: Recorded, b: Slice | null) {
  if (!w.wroteHeader) { w.status = 200; w.wroteHeader = true; }
  const arr = toArray(b) as number[];
  w.body += String.fromCharCode(...arr);
  return [arr.length, null];
});

/** handlerFuncT is http.HandlerFunc: a func with a ServeHTTP method that calls it. */
export const handlerFuncT: RType = named('http', 'HandlerFunc', funcOf([anyType, anyType], [], false));
handlerFuncT.methods.set('ServeHTTP', function* (g: unknown, f: any, w: Iface, r: unknown) { yield* f(g, w, r); });

/** STATUS_TEXT is http.StatusText for the codes the course uses. */
export const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** newRecorder makes a ResponseWriter interface value and the record it fills. */
export function newRecorder(): { w: Iface; rec: Recorded } {
  const rec: Recorded = { status: 200, wroteHeader: false, body: '', header: new GoMap(headerT) };
  return { w: { t: responseT, v: rec }, rec };
}

/** newRequest makes an *http.Request for method and target (`/path?query`) with the given context value. */
export function newRequest(method: string, target: string, ctx: Iface): object {
  const q = target.indexOf('?');
  return { Method: method, URL: { Path: q < 0 ? target : target.slice(0, q), RawQuery: q < 0 ? '' : target.slice(q + 1) }, ctx };
}

/** httpPackage builds net/http (and registers net/url's types on the runtime). */
export function httpPackage(rt: Runtime) {
  return {
    types: { Header: headerT, Request: requestT, HandlerFunc: handlerFuncT },
    vars: {},
    funcs: {
      Error: function* (g: any, w: Iface, msg: string, code: number) {
        const h = yield* H.imethod(w, 'Header')(g);
        yield* headerT.methods.get('Set')!(g, h, 'Content-Type', 'text/plain; charset=utf-8');
        yield* headerT.methods.get('Set')!(g, h, 'X-Content-Type-Options', 'nosniff');
        yield* H.imethod(w, 'WriteHeader')(g, code);
        const body = msg + '\n';
        yield* H.imethod(w, 'Write')(g, fromArray([...body].map((c) => c.charCodeAt(0))));
      },
      StatusText: (_g: any, code: number) => STATUS_TEXT[Number(code)] ?? '',
      NewRequest: (g: any, method: string, target: string) => [newRequest(method, target, rt.pkgs.context.funcs.Background(g)), null],
      NewRequestWithContext: (_g: any, ctx: Iface, method: string, target: string) => [newRequest(method, target, ctx), null],
    },
  };
}

/** urlPackage builds net/url. */
export function urlPackage() {
  return { types: { Values: valuesT, URL: urlT }, vars: {}, funcs: {} };
}

/** RequestContext is the sim context behind a request (for the harness to cancel). */
export type RequestContext = sc.Context;
