/** http: the course's minimal net/http (Handler, HandlerFunc, ResponseWriter, Request, Error, status texts) driven by the grader. */
import type * as sc from '../../../sim/context.ts';
import { anyType, funcOf, hostType, named, ptrTo, type Iface, type RType } from '../../runtime/rtype.ts';
import { H } from '../../runtime/helpers.ts';
import { fromArray, toArray, type Slice } from '../../runtime/slice.ts';
import type { Runtime } from '../../runtime/runtime.ts';

/** headerT is http.Header (held behind a pointer: `w.Header().Set(k, v)`). */
export const headerT: RType = hostType('http', 'Header', () => ({ m: new Map<string, string[]>() }));
const hm = ptrTo(headerT).methods;
const canon = (k: string) => k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
hm.set('Set', function* (_g: unknown, h: { m: Map<string, string[]> }, k: string, v: string) { h.m.set(canon(k), [v]); });
hm.set('Add', function* (_g: unknown, h: { m: Map<string, string[]> }, k: string, v: string) { const c = canon(k); h.m.set(c, [...(h.m.get(c) ?? []), v]); });
hm.set('Get', function* (_g: unknown, h: { m: Map<string, string[]> }, k: string) { return h.m.get(canon(k))?.[0] ?? ''; });

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
export interface Recorded { status: number; wroteHeader: boolean; body: string; header: { m: Map<string, string[]> } }
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
  const rec: Recorded = { status: 200, wroteHeader: false, body: '', header: { m: new Map() } };
  return { w: { t: responseT, v: rec }, rec };
}

/** newRequest makes an *http.Request for method and target (`/path?query`) with the given context value. */
export function newRequest(method: string, target: string, ctx: Iface): object {
  const q = target.indexOf('?');
  return { Method: method, URL: { Path: q < 0 ? target : target.slice(0, q), RawQuery: q < 0 ? '' : target.slice(q + 1) }, ctx };
}

/** httpPackage builds net/http (and registers net/url's types on the runtime). */
export function httpPackage(rt: Runtime) {
  void rt;
  return {
    types: { Header: headerT, Request: requestT, HandlerFunc: handlerFuncT },
    vars: {},
    funcs: {
      Error: function* (g: any, w: Iface, msg: string, code: number) {
        const h = yield* H.imethod(w, 'Header')(g);
        yield* hm.get('Set')!(g, h, 'Content-Type', 'text/plain; charset=utf-8');
        yield* hm.get('Set')!(g, h, 'X-Content-Type-Options', 'nosniff');
        yield* H.imethod(w, 'WriteHeader')(g, code);
        const body = msg + '\n';
        yield* H.imethod(w, 'Write')(g, fromArray([...body].map((c) => c.charCodeAt(0))));
      },
      StatusText: (_g: any, code: number) => STATUS_TEXT[Number(code)] ?? '',
    },
  };
}

/** urlPackage builds net/url. */
export function urlPackage() {
  return { types: { Values: valuesT, URL: urlT }, vars: {}, funcs: {} };
}

/** RequestContext is the sim context behind a request (for the harness to cancel). */
export type RequestContext = sc.Context;
