/** http-mux: net/http's ServeMux routing for the course (Go 1.22 patterns: `[METHOD ]/path`, `/tree/`, `{name}`, `{name...}`, `{$}`). */

/** SERVER_GO is net/http's server.go in Go 1.23 (frames in tracebacks name it). */
export const SERVER_GO = '/usr/lib/go-1.23/src/net/http/server.go';

/** Route is one registered pattern and its handler (an http.Handler interface value). */
export interface Route { pattern: string; method: string; segs: Seg[]; subtree: boolean; handler: unknown; order: number; loc?: string }
type Seg = { lit: string } | { wild: string; rest: boolean };

/** MuxState is a *ServeMux's value. */
export interface MuxState { routes: Route[] }

/** parsePattern splits `GET /items/{id}` into method, segments and whether it matches a subtree; errors are Go's panic text. */
export function parsePattern(pattern: string): Omit<Route, 'handler' | 'order' | 'loc'> | { error: string } {
  if (pattern === '') return { error: 'http: invalid pattern' };
  let method = '';
  let rest = pattern;
  const sp = pattern.search(/[ \t]/);
  if (sp >= 0) { method = pattern.slice(0, sp); rest = pattern.slice(sp).trim(); }
  if (!rest.startsWith('/')) return { error: `parsing "${pattern}": host/path missing /` };
  const parts = rest.slice(1).split('/');
  const segs: Seg[] = [];
  let subtree = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const last = i === parts.length - 1;
    if (last && p === '') { subtree = true; break; }
    if (p === '{$}' && last) break;
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)(\.\.\.)?\}$/.exec(p);
    if (m) {
      if (m[2] && !last) return { error: `parsing "${pattern}": {...} wildcard not at end` };
      segs.push({ wild: m[1]!, rest: !!m[2] });
    } else segs.push({ lit: p });
  }
  return { method, segs, subtree, pattern };
}

/** match reports the wildcard values when path matches route (null when it does not). */
function match(r: Route, path: string): Map<string, string> | null {
  const parts = path.slice(1).split('/');
  const vals = new Map<string, string>();
  let i = 0;
  for (const s of r.segs) {
    if ('wild' in s && s.rest) { vals.set(s.wild, parts.slice(i).join('/')); return vals; }
    const p = parts[i];
    if (p === undefined) return null;
    if ('lit' in s) { if (p !== s.lit) return null; } else { if (p === '') return null; vals.set(s.wild, decodeURIComponent(p)); }
    i++;
  }
  if (r.subtree) return i <= parts.length ? vals : null;
  return i === parts.length ? vals : null;
}

/** Found is the outcome of routing a request: a handler, a 405 with the allowed methods, or a 404. */
export type Found = { route: Route; values: Map<string, string> } | { notAllowed: string[] } | null;

/** route finds the most specific route for method and path (longer literal paths first, then method-specific ones). */
export function route(mux: MuxState, method: string, path: string): Found {
  const score = (r: Route) => r.segs.length * 4 + (r.subtree ? 0 : 2) + r.segs.filter((s) => 'lit' in s).length;
  const hits = mux.routes.map((r) => ({ r, v: match(r, path) })).filter((h) => h.v !== null);
  if (hits.length === 0) return null;
  const ok = hits.filter((h) => h.r.method === '' || h.r.method === method || (method === 'HEAD' && h.r.method === 'GET'));
  if (ok.length === 0) {
    const allowed = [...new Set(hits.map((h) => h.r.method).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].sort();
    return { notAllowed: allowed };
  }
  ok.sort((a, b) => score(b.r) - score(a.r) || (b.r.method ? 1 : 0) - (a.r.method ? 1 : 0) || a.r.order - b.r.order);
  return { route: ok[0]!.r, values: ok[0]!.v! };
}

/** samplePath is a request path for a pattern (wildcards become `1`, a subtree its root). */
export function samplePath(r: Route): string {
  return '/' + r.segs.map((s) => ('lit' in s ? s.lit : '1')).join('/') + (r.subtree && r.segs.length > 0 ? '/' : '');
}
