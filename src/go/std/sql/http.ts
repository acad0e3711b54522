/** http: the course's net/http — Header, Request, ResponseWriter, HandlerFunc, ServeMux, Error, status texts; the server is in ../http-server.ts. */
import type * as sc from '../../../sim/context.ts';
import { anyType, basic, funcOf, hostType, mapOf, named, ptrTo, sliceOf, type Iface, type RType } from '../../runtime/rtype.ts';
import { GoMap, mdelete, mget, mset } from '../../runtime/map.ts';
import { H } from '../../runtime/helpers.ts';
import { fromArray, toArray, type Slice } from '../../runtime/slice.ts';
import { newFrame } from '../../runtime/goroutine.ts';
import { GoPanic, nilPanic, withFrames, type FuncInfo } from '../../runtime/panic.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { errorStringT } from '../fmt.ts';
import { parseQuery, urlPackage as urlPkg, urlT, valuesT, type GoURL } from '../url.ts';
import { parsePattern, route, SERVER_GO, type MuxState } from '../http-mux.ts';
import { listenAndServe } from '../http-server.ts';

export { valuesT, urlT };

const fn = (name: string): FuncInfo => ({ name, file: SERVER_GO, np: 1 });

/** headerT is http.Header: map[string][]string with canonical keys for Set/Get/Add/Del. */
export const headerT: RType = named('http', 'Header', mapOf(basic.string, sliceOf(basic.string)));
const canon = (k: string) => (/^[A-Za-z0-9-]*$/.test(k) ? k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()) : k);
headerT.methods.set('Set', function* (_g: unknown, h: GoMap | null, k: string, v: string) { mset(h, canon(k), fromArray([v])); });
headerT.methods.set('Add', function* (_g: unknown, h: GoMap | null, k: string, v: string) { const c = canon(k); const old = toArray(mget(h, c, () => null)); mset(h, c, fromArray([...old, v])); });
headerT.methods.set('Get', function* (_g: unknown, h: GoMap | null, k: string) { const l = toArray(mget(h, canon(k), () => null)); return l.length > 0 ? l[0] : ''; });
headerT.methods.set('Del', function* (_g: unknown, h: GoMap | null, k: string) { mdelete(h, canon(k)); });
for (const [k, m] of headerT.methods) ptrTo(headerT).methods.set(k, (g: any, p: any, ...a: any[]) => m(g, p.v, ...a));

/** GoRequest is an *http.Request's value. */
export interface GoRequest { Method: string; URL: GoURL; Header: GoMap; Host: string; RemoteAddr: string; RequestURI: string; Pattern: string; ctx: Iface | null; values: Map<string, string> }
/** requestT is http.Request: Method, URL, Header, Host, RemoteAddr, RequestURI, Pattern; Context() the request's context. */
export const requestT: RType = hostType('http', 'Request', (): GoRequest => newRequest('GET', '/', null) as GoRequest);
ptrTo(requestT).methods.set('Context', function* (_g: unknown, r: GoRequest) { return r.ctx; });
ptrTo(requestT).methods.set('PathValue', function* (_g: unknown, r: GoRequest, name: string) { return r.values?.get(name) ?? ''; });
ptrTo(requestT).methods.set('FormValue', function* (_g: unknown, r: GoRequest, k: string) { const l = toArray(mget(parseQuery(r.URL.RawQuery)[0], k, () => null)); return l.length > 0 ? l[0] : ''; });

/** Recorded is what a handler wrote. */
export interface Recorded { status: number; wroteHeader: boolean; body: string; header: GoMap; logf?: (msg: string) => void }
/** responseT is the server's ResponseWriter (%T `*http.response`). */
export const responseT: RType = hostType('http', 'response', () => null);
responseT.str = '*http.response';
responseT.methods.set('Header', function* (_g: unknown, w: Recorded) { return w.header; });
responseT.methods.set('WriteHeader', function* (g: any, w: Recorded, code: number) {
  if (w.wroteHeader) {
    // Go names the first caller outside net/http.
    const f = g?.fs?.[g.fs.length - 1];
    if (f && w.logf) w.logf(`http: superfluous response.WriteHeader call from ${f.fn.name} (${String(f.fn.file).split('/').pop()}:${f.p})`);
    return;
  }
  w.status = Number(code);
  w.wroteHeader = true;
});
responseT.methods.set('Write', function* (_g: unknown, w: Recorded, b: Slice | null) {
  if (!w.wroteHeader) { w.status = 200; w.wroteHeader = true; }
  const arr = toArray(b) as number[];
  let s = '';
  for (let i = 0; i < arr.length; i += 8192) s += String.fromCharCode(...arr.slice(i, i + 8192));
  w.body += s;
  return [arr.length, null];
});

/** handlerFuncT is http.HandlerFunc: a func with a ServeHTTP method that calls it. */
export const handlerFuncT: RType = named('http', 'HandlerFunc', funcOf([anyType, anyType], [], false));
const handlerFuncServe = fn('net/http.HandlerFunc.ServeHTTP');
handlerFuncT.methods.set('ServeHTTP', function* (g: any, f: any, w: Iface, r: unknown) {
  const d = g.fs.length;
  g.fs.push(newFrame(handlerFuncServe, 2220));
  yield* f(g, w, r);
  g.fs.length = d;
});
ptrTo(handlerFuncT).methods.set('ServeHTTP', (g: any, p: any, w: Iface, r: unknown) => handlerFuncT.methods.get('ServeHTTP')!(g, p.v, w, r));

/** STATUS_TEXT is http.StatusText. */
export const STATUS_TEXT: Record<number, string> = {
  100: 'Continue', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** newRecorder makes a ResponseWriter interface value and the record it fills. */
export function newRecorder(): { w: Iface; rec: Recorded } {
  const rec: Recorded = { status: 200, wroteHeader: false, body: '', header: new GoMap(headerT) };
  return { w: { t: responseT, v: rec }, rec };
}

/** newRequest makes an *http.Request for method and target (`/path?query`) with the given context value. */
export function newRequest(method: string, target: string, ctx: Iface | null, remote = ''): object {
  const q = target.indexOf('?');
  const r: GoRequest = {
    Method: method, URL: { Path: q < 0 ? target : target.slice(0, q), RawQuery: q < 0 ? '' : target.slice(q + 1) },
    Header: new GoMap(headerT), Host: '', RemoteAddr: remote, RequestURI: target, Pattern: '', ctx, values: new Map(),
  };
  return r;
}

/** muxT is http.ServeMux; a *ServeMux's value is its MuxState. */
export const muxT: RType = hostType('http', 'ServeMux', (): MuxState => ({ routes: [] }));
const muxServe = fn('net/http.(*ServeMux).ServeHTTP');

/** registerAt adds a route; a pattern that matches the same requests as an earlier one panics with Go's message. */
function register(g: any, mux: MuxState | null, pattern: string, handler: Iface | null, caller: [string, number]): void {
  const frames = [{ name: caller[0], file: SERVER_GO, line: caller[1], np: 1 }, { name: 'net/http.(*ServeMux).register', file: SERVER_GO, line: 2797, np: 1 }];
  const fail = (msg: string, asError = true): never => { throw withFrames(new GoPanic(asError ? { t: errorStringT, v: { s: msg } } : { t: basic.string, v: msg }), frames); };
  if (mux === null) throw nilPanic();
  if (handler === null) fail('http: nil handler', false);
  const p = parsePattern(pattern);
  if ('error' in p) fail(p.error);
  const route = p as Exclude<typeof p, { error: string }>;
  const f = g?.fs?.[g.fs.length - 1];
  const loc = f ? `${f.fn.file}:${f.p}` : '';
  const shape = (r: { segs: typeof route.segs; subtree: boolean }) => r.segs.map((x) => ('lit' in x ? x.lit : x.rest ? '{...}' : '{}')).join('/') + (r.subtree ? '/' : '');
  const dup = mux.routes.find((r) => r.method === route.method && shape(r) === shape(route));
  if (dup) fail(`pattern "${pattern}" (registered at ${loc}) conflicts with pattern "${dup.pattern}" (registered at ${dup.loc ?? ''}):\n${pattern} matches the same requests as ${dup.pattern}`);
  mux.routes.push({ ...route, handler, order: mux.routes.length, loc });
}

function* notFound(g: any, w: Iface): Generator<unknown, void, unknown> {
  yield* httpError(g, w, '404 page not found', 404);
}

function* httpError(g: any, w: Iface, msg: string, code: number): Generator<unknown, void, unknown> {
  const h = yield* H.imethod(w, 'Header')(g);
  yield* headerT.methods.get('Del')!(g, h, 'Content-Length');
  yield* headerT.methods.get('Set')!(g, h, 'Content-Type', 'text/plain; charset=utf-8');
  yield* headerT.methods.get('Set')!(g, h, 'X-Content-Type-Options', 'nosniff');
  yield* H.imethod(w, 'WriteHeader')(g, code);
  const body = msg + '\n';
  yield* H.imethod(w, 'Write')(g, fromArray([...body].map((c) => c.charCodeAt(0))));
}

/** muxServeHTTP routes r to the mux's handler (404 and 405 as Go writes them). */
export function* muxServeHTTP(g: any, mux: MuxState, w: Iface, r: GoRequest): Generator<unknown, void, unknown> {
  const d = g.fs.length;
  g.fs.push(newFrame(muxServe, 2747));
  const found = route(mux, r.Method, r.URL.Path);
  if (found === null) yield* notFound(g, w);
  else if ('notAllowed' in found) {
    const h = yield* H.imethod(w, 'Header')(g);
    yield* headerT.methods.get('Set')!(g, h, 'Allow', found.notAllowed.join(', '));
    yield* httpError(g, w, 'Method Not Allowed', 405);
  } else {
    r.Pattern = found.route.pattern;
    r.values = found.values;
    yield* H.imethod(found.route.handler as Iface, 'ServeHTTP')(g, w, r);
  }
  g.fs.length = d;
}

ptrTo(muxT).methods.set('Handle', function* (g: unknown, m: MuxState | null, p: string, h: Iface | null) { register(g, m, p, h, ['net/http.(*ServeMux).Handle', 2760]); });
ptrTo(muxT).methods.set('HandleFunc', function* (g: unknown, m: MuxState | null, p: string, f: unknown) { register(g, m, p, f === null ? null : { t: handlerFuncT, v: f }, ['net/http.(*ServeMux).HandleFunc', 2771]); });
ptrTo(muxT).methods.set('ServeHTTP', function* (g: unknown, m: MuxState, w: Iface, r: GoRequest) { yield* muxServeHTTP(g, m, w, r); });

/** NotFoundHandler's type (%T `http.HandlerFunc`). */
const notFoundFn = function* (g: any, w: Iface) { yield* notFound(g, w); };

/** httpPackage builds net/http for a run: its DefaultServeMux and ListenAndServe belong to that run. */
export function httpPackage(rt: Runtime) {
  const defaultMux: MuxState = { routes: [] };
  const errServerClosed: Iface = { t: errorStringT, v: { s: 'http: Server closed' } };
  const errAbortHandler: Iface = { t: errorStringT, v: { s: 'net/http: abort Handler' } };
  return {
    types: { Header: headerT, Request: requestT, HandlerFunc: handlerFuncT, ServeMux: muxT },
    vars: { DefaultServeMux: defaultMux, ErrServerClosed: errServerClosed, ErrAbortHandler: errAbortHandler },
    funcs: {
      Error: function* (g: any, w: Iface, msg: string, code: number) { yield* httpError(g, w, msg, code); },
      NotFound: function* (g: any, w: Iface) { yield* notFound(g, w); },
      NotFoundHandler: () => ({ t: handlerFuncT, v: notFoundFn }),
      StatusText: (_g: any, code: number) => STATUS_TEXT[Number(code)] ?? '',
      NewRequest: (g: any, method: string, target: string) => [newRequest(method, target, rt.pkgs.context.funcs.Background(g)), null],
      NewRequestWithContext: (_g: any, ctx: Iface, method: string, target: string) => [newRequest(method, target, ctx), null],
      NewServeMux: (): MuxState => ({ routes: [] }),
      // generators, so the calling function keeps a frame: a conflict names the line that registered each pattern
      Handle: function* (g: any, p: string, h: Iface | null) { register(g, defaultMux, p, h, ['net/http.Handle', 2781]); },
      HandleFunc: function* (g: any, p: string, f: unknown) { register(g, defaultMux, p, f === null ? null : { t: handlerFuncT, v: f }, ['net/http.HandleFunc', 2791]); },
      ListenAndServe: function* (g: any, addr: string, h: Iface | null) {
        return yield* listenAndServe(rt, g, addr, h ?? { t: ptrTo(muxT), v: defaultMux }, errAbortHandler);
      },
    },
  };
}

/** urlPackage builds net/url. */
export const urlPackage = urlPkg;

/** RequestContext is the sim context behind a request (for the harness to cancel). */
export type RequestContext = sc.Context;
