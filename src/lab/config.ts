import { z } from 'zod';

const rps = z.number().min(0).max(5000);

/** WorkloadSchema is the request-rate shape of a lab run. */
export const WorkloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('steady'), rps }),
  z.object({ kind: z.literal('ramp'), fromRps: rps, toRps: rps }),
  z.object({
    kind: z.literal('burst'), baseRps: rps, burstRps: rps,
    everySec: z.number().int().min(2).max(1800), burstSec: z.number().int().min(1).max(1800),
  }).refine((b) => b.burstSec < b.everySec, { message: 'a burst must be shorter than its period', path: ['burstSec'] }),
]);

/** EndpointSchema is one handler of the service with its own traffic: `GET /orders` at a workload shape. */
export const EndpointSchema = z.object({
  route: z.string().regex(/^(GET|POST|PUT|DELETE) \/[A-Za-z0-9_/.{}-]*$/, 'a route is a method and a path, like "GET /orders"'),
  workload: WorkloadSchema,
}).strict();

/** where the bug lives: from startSec into the run (default 0), on one endpoint (default: every endpoint) */
const bugPlace = {
  startSec: z.number().int().min(0).max(1800).optional().describe('virtual second at which the bug is deployed'),
  endpoint: z.number().int().min(0).max(2).optional().describe('index of the endpoint that has the bug'),
};

/** BugSchema is the leak injected into a share of the service's requests. */
export const BugSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('rowsLeak'), percent: z.number().min(0).max(100), ...bugPlace })
    .describe('rows leaked on an early return, with db.Query (never released)'),
  z.object({ kind: z.literal('txLeak'), percent: z.number().min(0).max(100), ...bugPlace })
    .describe('a transaction left open on an error path'),
  z.object({ kind: z.literal('panicNoDefer'), percent: z.number().min(0).max(100), ...bugPlace })
    .describe('a panic after Query without defer; net/http recovers it, the rows stay open'),
  z.object({ kind: z.literal('openPerRequest'), ...bugPlace })
    .describe('sql.Open per request, never closed: every request dials its own pool'),
  z.object({ kind: z.literal('noDeadline'), ...bugPlace })
    .describe('slow queries run without a context deadline'),
]);

/** BugKind names a bug the lab can inject. */
export type BugKind = z.infer<typeof BugSchema>['kind'];

/** LabConfigSchema is every setting of a Pool Lab run; it round-trips through the URL, so a run can be shared and replays exactly. */
export const LabConfigSchema = z.object({
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  durationSec: z.number().int().min(10).max(1800).describe('virtual run length, up to 30 minutes'),
  pool: z.object({
    maxOpen: z.number().int().min(0).max(1000).describe('SetMaxOpenConns; 0 = unlimited'),
    maxIdle: z.number().int().min(-1).max(1000).describe('SetMaxIdleConns; Go default 2; <=0 keeps none'),
    maxLifetimeSec: z.number().min(0).max(86400).describe('SetConnMaxLifetime; 0 = forever'),
    maxIdleTimeSec: z.number().min(0).max(86400).describe('SetConnMaxIdleTime; 0 = forever'),
  }),
  server: z.object({
    maxConnections: z.number().int().min(1).max(100000),
    waitTimeoutSec: z.number().int().min(1).max(31536000),
    otherClients: z.number().int().min(0).max(100000).describe('sessions held by other replicas of the service'),
  }),
  workload: WorkloadSchema,
  endpoints: z.array(EndpointSchema).min(1).max(3).optional().describe('handlers with their own traffic; when given, they replace `workload`'),
  latency: z.object({
    medianMs: z.number().min(0).max(60000),
    p99Ms: z.number().min(0).max(600000),
    slowShare: z.number().min(0).max(1),
    slowMs: z.number().min(0).max(600000),
    connectMs: z.number().min(0).max(10000).optional().describe('time to dial and log in (default 1 ms, a loopback server)'),
  }).refine((l) => l.p99Ms >= l.medianMs, { message: 'p99 must be at least the median', path: ['p99Ms'] }),
  deadlineMs: z.number().min(1).max(600000).nullable().describe('per-request context deadline; null = none'),
  bug: BugSchema,
}).strict().superRefine((c, ctx) => {
  const endpoint = 'endpoint' in c.bug ? c.bug.endpoint : undefined;
  if (endpoint !== undefined && endpoint >= (c.endpoints?.length ?? 1)) {
    ctx.addIssue({ code: 'custom', path: ['bug', 'endpoint'], message: `the service has no endpoint ${endpoint}` });
  }
  if (c.bug.kind !== 'none' && (c.bug.startSec ?? 0) >= c.durationSec) {
    ctx.addIssue({ code: 'custom', path: ['bug', 'startSec'], message: 'the bug would start after the run ends' });
  }
});

/** LabConfig is a validated lab configuration. */
export type LabConfig = z.infer<typeof LabConfigSchema>;

/** DEFAULT_CONFIG is a healthy service: 200 requests/s, a pool of 20, 2 s deadlines. */
export const DEFAULT_CONFIG: LabConfig = {
  seed: 1,
  durationSec: 600,
  pool: { maxOpen: 20, maxIdle: 2, maxLifetimeSec: 0, maxIdleTimeSec: 0 },
  server: { maxConnections: 151, waitTimeoutSec: 28800, otherClients: 0 },
  workload: { kind: 'steady', rps: 200 },
  latency: { medianMs: 4, p99Ms: 40, slowShare: 0, slowMs: 2000 },
  deadlineMs: 2000,
  bug: { kind: 'none' },
};

/** ConfigResult is a configuration, or what is wrong with the input, each problem with its path. */
export type ConfigResult = { ok: true; config: LabConfig } | { ok: false; errors: string[] };

/** parseLabConfig validates untrusted input (a decoded URL, a file) into a configuration. */
export function parseLabConfig(input: unknown): ConfigResult {
  const r = LabConfigSchema.safeParse(input);
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(config)'}: ${i.message}`) };
}

/** encodeLabConfig writes a configuration into a URL query string (`?c=...`), compact and readable. */
export function encodeLabConfig(config: LabConfig): string {
  return `c=${encodeURIComponent(JSON.stringify(config))}`;
}

/** decodeLabConfig reads a configuration from a URL query string; a missing `c` gives the default, a bad one says why. */
export function decodeLabConfig(search: string): ConfigResult {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const pair = query.split('&').find((p) => p.startsWith('c='));
  if (pair === undefined) return { ok: true, config: DEFAULT_CONFIG };
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(pair.slice(2).replace(/\+/g, ' ')));
  } catch {
    return { ok: false, errors: ['the lab settings in this link are not valid JSON; the defaults are shown instead'] };
  }
  return parseLabConfig(data);
}
