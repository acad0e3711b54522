/**
 * http-server: http.ListenAndServe on the simulator. Nothing listens on a real port: the run's simulated
 * clients send a deterministic schedule of requests on the virtual clock, each served in its own goroutine as
 * net/http does (request context cancelled when the handler returns or the client gives up, a handler's panic
 * recovered and logged as `http: panic serving ADDR: VALUE` with the goroutine's stack). When every client
 * has its answer (or gave up) and a grace period has passed, the runner stops the program and says so in the
 * run's HttpReport — never as program output.
 */
import type { World } from '../../sim/world.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { basic, type Iface } from '../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { H } from '../runtime/helpers.ts';
import { formatGoroutine, newFrame, type G } from '../runtime/goroutine.ts';
import { GoPanic, type FuncInfo, type TraceLine } from '../runtime/panic.ts';
import { errorStringT, sprint } from './fmt.ts';
import { fromByteString } from './format/utf8.ts';
import { samplePath, SERVER_GO, type MuxState } from './http-mux.ts';
import type { HttpExchange, HttpReport } from './http-report.ts';

export type { HttpExchange, HttpReport };
import { newRecorder, newRequest, STATUS_TEXT, type GoRequest, type Recorded } from './sql/http.ts';

/** ClientRequest is one line of a schedule: `count` requests `method target`, the first at `atMs`, then every `everyMs`. */
export interface ClientRequest { method: string; target: string; count?: number; atMs?: number; everyMs?: number }
/** HttpSchedule is what the simulated clients do; absent fields take the defaults below. */
export interface HttpSchedule { requests?: ClientRequest[]; timeoutMs?: number; graceMs?: number }
/** SERVE_ON_MS is how long a server started outside main keeps main company after its clients are done. */
export const SERVE_ON_MS = 10 * 60_000;
/** DEFAULTS: 3 requests per registered pattern, 100 ms apart; a client gives up after 5 s; the runner stops 500 ms after the last answer. */
export const DEFAULTS = { perRoute: 3, everyMs: 100, timeoutMs: 5000, graceMs: 500 } as const;

const schedules = new WeakMap<World, HttpSchedule>();
const reports = new WeakMap<World, HttpReport>();

/** setHttpClients sets the client schedule of a world's run (before the run starts). */
export function setHttpClients(world: World, s: HttpSchedule): void { schedules.set(world, s); }
/** httpReport is the run's server report, or undefined when the program never served. */
export function httpReport(world: World): HttpReport | undefined { return reports.get(world); }

const F = (name: string): FuncInfo => ({ name, file: SERVER_GO, np: 1 });
const CONN_SERVE = F('net/http.(*conn).serve');
const SERVER_HANDLER = F('net/http.serverHandler.ServeHTTP');
const SERVE = F('net/http.(*Server).Serve');
const SERVE_FUNC1: TraceLine = { name: 'net/http.(*conn).serve.func1', file: SERVER_GO, line: 1947 };
const PANIC: TraceLine = { name: 'panic', file: '/usr/lib/go-1.23/src/runtime/panic.go', line: 785, np: 1 };

function expand(s: HttpSchedule, mux: MuxState | null): { list: { method: string; target: string; at: number }[]; given: boolean } {
  const list: { method: string; target: string; at: number }[] = [];
  if (s.requests && s.requests.length > 0) {
    for (const r of s.requests) for (let i = 0; i < (r.count ?? 1); i++) list.push({ method: r.method, target: r.target, at: (r.atMs ?? 0) + i * (r.everyMs ?? DEFAULTS.everyMs) });
    list.sort((a, b) => a.at - b.at);
    return { list, given: true };
  }
  const routes = mux ? mux.routes : [];
  const targets = routes.length > 0 ? routes.map((r) => ({ method: r.method || 'GET', target: samplePath(r) })) : [{ method: 'GET', target: '/' }];
  let k = 0;
  for (const t of targets) for (let i = 0; i < DEFAULTS.perRoute; i++) list.push({ ...t, at: (k++) * DEFAULTS.everyMs });
  return { list, given: false };
}

function hostPort(addr: string): string | { error: string } {
  const i = addr.lastIndexOf(':');
  if (i < 0) return { error: `listen tcp: address ${addr}: missing port in address` };
  const port = addr.slice(i + 1);
  if (!/^\d+$/.test(port) || Number(port) > 65535) return { error: `listen tcp: lookup tcp/${port}: unknown port` };
  return `${addr.slice(0, i) === '' || addr.slice(0, i) === '0.0.0.0' ? '127.0.0.1' : addr.slice(0, i) === 'localhost' ? '127.0.0.1' : addr.slice(0, i)}:${port}`;
}

/** listenAndServe serves handler to the run's simulated clients, then ends the program (it never returns otherwise). */
export function* listenAndServe(rt: Runtime, g: G, addr: string, handler: Iface, errAbort: Iface): Generator<unknown, Iface | null, unknown> {
  const W = rt.world;
  const hp = hostPort(fromByteString(addr));
  const errOf = (s: string): Iface => ({ t: errorStringT, v: { s } });
  if (typeof hp !== 'string') return errOf(hp.error);
  if (reports.has(W)) return errOf(`listen tcp ${fromByteString(addr)}: bind: address already in use`);
  const sched = schedules.get(W) ?? {};
  const timeoutMs = sched.timeoutMs ?? DEFAULTS.timeoutMs;
  const graceMs = sched.graceMs ?? DEFAULTS.graceMs;
  const mux = handler.t.str === '*http.ServeMux' ? (handler.v as MuxState) : null;
  const { list, given } = expand(sched, mux);
  const report: HttpReport = { addr: hp, scheduled: given ? 'given' : 'default', exchanges: [], timeoutMs, graceMs };
  reports.set(W, report);
  const ctxPkg = rt.pkgs.context.funcs;
  const logPrint = (msg: string) => rt.pkgs.log.funcs.Print(g, fromArray([{ t: basic.string, v: msg }]));
  const t0 = W.now();
  let left = list.length;
  const allDone = W.wait<void>('IO wait');

  list.forEach((req, i) => {
    const ex: HttpExchange = { n: i + 1, method: req.method, target: req.target, remoteAddr: `127.0.0.1:${50001 + i}`, sentNs: 0 };
    report.exchanges.push(ex);
    W.spawn(`http client ${i + 1}`, function* () {
      yield* W.sleep(t0 + req.at * 1e6 - W.now(), 'client');
      ex.sentNs = W.now();
      const bg = ctxPkg.Background(g);
      const [ctx, cancelGen] = ctxPkg.WithCancel(g, bg) as [Iface, (g: unknown) => Generator<unknown, void, unknown>];
      const cancel = () => { const it = cancelGen(g); while (!it.next().done); };
      const { w, rec } = newRecorder();
      rec.logf = logPrint;
      const r = newRequest(req.method, req.target, ctx, ex.remoteAddr) as GoRequest;
      r.Host = hp;
      const answer = W.wait<'ok' | 'eof'>('client', { deadline: W.now() + timeoutMs * 1e6 });
      rt.go(g, function* (hg: G) {
        const d = hg.fs.length;
        hg.fs.push(newFrame(CONN_SERVE, 2092), newFrame(SERVER_HANDLER, 3210));
        try {
          yield* H.imethod(handler, 'ServeHTTP')(hg, w, r);
          hg.fs.length = d;
          cancel();
          answer.wake('ok');
        } catch (e) {
          if (!(e instanceof GoPanic)) throw e;
          const trace = e.trace ?? rt.trace(hg, e);
          hg.fs.length = d;
          cancel();
          answer.wake('eof');
          if (e.value !== errAbort) {
            const stack = formatGoroutine(hg, 'running', [SERVE_FUNC1, PANIC, ...trace]);
            logPrint(`http: panic serving ${ex.remoteAddr}: ${sprint(hg, [e.value])}\n${stack}`);
          }
        }
      }, [], SERVE, 3360, 'http handler');
      const res = yield* answer.park();
      const out = res.kind === 'timeout' ? 'timeout' : res.value;
      ex.doneNs = W.now();
      const url = `${req.method === 'GET' ? 'Get' : req.method === 'POST' ? 'Post' : req.method.charAt(0) + req.method.slice(1).toLowerCase()} "http://${hp}${req.target}"`;
      if (out === 'timeout') {
        ex.clientError = `${url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
        cancel(); // the server sees the connection close and cancels the request's context
      } else if (out === 'eof') ex.clientError = `${url}: EOF`;
      else fill(ex, rec);
      if (--left === 0) allDone.wake();
    });
  });
  if (list.length > 0) yield* allDone.park();
  yield* W.sleep(graceMs * 1e6, 'IO wait');
  if (g.id !== 1) {
    // Served from another goroutine: main goes on (a real server's listener keeps the process alive), and the
    // runner stops the program only if main has not ended after SERVE_ON_MS more of virtual time.
    const until = W.now() + SERVE_ON_MS * 1e6;
    while (W.now() < until && !rt.exited) yield* W.sleep(Math.min(60_000e6, until - W.now()), 'IO wait');
    if (rt.exited) return null;
  }
  report.stoppedNs = W.now();
  rt.exited = { code: 0, outcome: 'exit' };
  yield* W.wait<void>('IO wait').park();
  return null;
}

function fill(ex: HttpExchange, rec: Recorded): void {
  ex.status = rec.status;
  ex.statusText = STATUS_TEXT[rec.status] ?? '';
  const ct = rec.header.m.get('Content-Type');
  if (ct) ex.contentType = fromByteString(String(toArray(ct[1] as Slice | null)[0] ?? ''));
  else if (rec.body.length > 0 && rec.status !== 204 && rec.status !== 304) ex.contentType = detectContentType(rec.body.slice(0, 512));
  ex.body = fromByteString(rec.body);
  ex.bytes = rec.body.length;
}

const HTML_SIGS = ['<!DOCTYPE HTML', '<HTML', '<HEAD', '<SCRIPT', '<IFRAME', '<H1', '<DIV', '<FONT', '<TABLE', '<A', '<STYLE', '<TITLE', '<B', '<BODY', '<BR', '<P', '<!--'];

/** detectContentType is http.DetectContentType for text: HTML, XML, PDF, binary or plain text (images, audio and archives are binary here). */
export function detectContentType(b: string): string {
  const t = b.replace(/^[\t\n\x0c\r ]+/, '');
  for (const sig of HTML_SIGS) {
    const next = t.charAt(sig.length);
    if (t.slice(0, sig.length).toUpperCase() === sig && (next === ' ' || next === '>')) return 'text/html; charset=utf-8';
  }
  if (t.startsWith('<?xml')) return 'text/xml; charset=utf-8';
  if (b.startsWith('%PDF-')) return 'application/pdf';
  if (/[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/.test(b)) return 'application/octet-stream';
  return 'text/plain; charset=utf-8';
}
