import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/lab/config';
import type { LabConfig } from '../../src/lab/config';
import { runLab } from '../../src/lab/service';

function config(over: Partial<LabConfig>): LabConfig {
  return { ...DEFAULT_CONFIG, durationSec: 60, workload: { kind: 'steady', rps: 50 }, ...over };
}

describe('runLab', () => {
  it('serves a healthy workload with no errors, scraping every 15 s from 0 to the end', () => {
    const r = runLab(config({}));
    expect(r.scrapes.map((s) => s.t / 1e9)).toEqual([0, 15, 30, 45, 60]);
    expect(runLab(config({ durationSec: 20 })).scrapes.map((s) => s.t / 1e9)).toEqual([0, 15, 20]);
    expect(r.totals.errors).toEqual({ deadline: 0, tooManyConnections: 0, invalidConnection: 0, other: 0 });
    expect(r.totals.completed).toBe(r.totals.requests);
    const last = r.scrapes[r.scrapes.length - 1];
    expect(last.OpenConnections).toBe(last.InUse + last.Idle);
    expect(last.WaitCount).toBe(0);
  });

  it('fills the pool with leaked rows: InUse pinned at MaxOpen, callers failing with context deadline exceeded', () => {
    const r = runLab(config({ pool: { ...DEFAULT_CONFIG.pool, maxOpen: 10 }, bug: { kind: 'rowsLeak', percent: 5 } }));
    const last = r.scrapes[r.scrapes.length - 1];
    expect(last.InUse).toBe(10);
    expect(last.Idle).toBe(0);
    expect(last.WaitCount).toBeGreaterThan(0);
    expect(r.totals.errors.deadline).toBeGreaterThan(0);
    expect(r.totals.leaked).toBeGreaterThanOrEqual(10);
    // the server sees the leak as sleeping sessions, one per held connection
    expect(r.server[r.server.length - 1].threadsConnected).toBe(10);
  });

  it('shows sql.Open per request on the server, not in the pool: Threads_connected reaches max_connections and requests get Error 1040', () => {
    const r = runLab(config({ server: { ...DEFAULT_CONFIG.server, maxConnections: 40 }, bug: { kind: 'openPerRequest' } }));
    const lastServer = r.server[r.server.length - 1];
    // MySQL keeps one more slot for an admin (SUPER / CONNECTION_ADMIN) session: the app can take 40
    expect(lastServer.threadsConnected).toBe(40);
    expect(r.totals.errors.tooManyConnections).toBeGreaterThan(0);
    const last = r.scrapes[r.scrapes.length - 1];
    expect(last.InUse).toBe(0); // the shared pool itself looks idle
  });

  it('keeps a leaked transaction connection for good', () => {
    const r = runLab(config({ pool: { ...DEFAULT_CONFIG.pool, maxOpen: 5 }, bug: { kind: 'txLeak', percent: 10 } }));
    expect(r.scrapes[r.scrapes.length - 1].InUse).toBe(5);
  });

  it('replays exactly from the same seed', () => {
    const a = runLab(config({ seed: 9, bug: { kind: 'rowsLeak', percent: 1 } }));
    const b = runLab(config({ seed: 9, bug: { kind: 'rowsLeak', percent: 1 } }));
    expect(a.scrapes).toEqual(b.scrapes);
    expect(a.windows).toEqual(b.windows);
  });

  it('stops when asked and says so', () => {
    let calls = 0;
    const r = runLab(config({ durationSec: 600 }), { shouldCancel: () => ++calls >= 3 });
    expect(r.cancelled).toBe(true);
    expect(r.endedAt).toBeLessThan(600e9);
  });

  it('serves several endpoints with their own traffic and counts each one\'s requests per window', () => {
    const r = runLab(config({
      durationSec: 60,
      endpoints: [
        { route: 'GET /a', workload: { kind: 'steady', rps: 30 } },
        { route: 'POST /b', workload: { kind: 'burst', baseRps: 0, burstRps: 60, everySec: 30, burstSec: 10 } },
      ],
    }));
    expect(r.routes).toEqual(['GET /a', 'POST /b']);
    const perEndpoint = [0, 1].map((i) => r.windows.reduce((n, w) => n + w.endpoints[i].requests, 0));
    expect(perEndpoint[0] + perEndpoint[1]).toBe(r.totals.completed);
    expect(Math.abs(perEndpoint[0] - 1800) / 1800).toBeLessThan(0.1);
    expect(Math.abs(perEndpoint[1] - 1200) / 1200).toBeLessThan(0.1);
    // POST /b only has traffic in the last 10 s of each 30 s period: the window [0,15) has none of it
    expect(r.windows[1].endpoints[1].requests).toBe(0);
    expect(r.windows[2].endpoints[1].requests).toBeGreaterThan(0);
  });

  it('injects the bug only from its start, and only on its endpoint', () => {
    const r = runLab(config({
      durationSec: 90,
      pool: { ...DEFAULT_CONFIG.pool, maxOpen: 50, maxIdle: 50 },
      endpoints: [{ route: 'GET /a', workload: { kind: 'steady', rps: 20 } }, { route: 'GET /b', workload: { kind: 'steady', rps: 20 } }],
      bug: { kind: 'rowsLeak', percent: 10, startSec: 45, endpoint: 1 },
    }));
    const inUseAt = (sec: number) => r.scrapes.find((s) => s.t === sec * 1e9)!.InUse;
    expect(inUseAt(30)).toBeLessThanOrEqual(3);
    expect(inUseAt(45)).toBeLessThanOrEqual(3);
    // about 10% of 20 requests/s leak from 45 s: some 90 by the end, capped by the pool
    expect(inUseAt(90)).toBeGreaterThan(40);
    // every leaked Rows still holds its connection at the end (a pool of 50 is not full)
    expect(inUseAt(90)).toBeGreaterThanOrEqual(Math.min(50, r.totals.leaked));
  });

  it('logs a recovered panic as net/http does, naming the handler, for the panic-after-Query bug', () => {
    const r = runLab(config({
      durationSec: 30, pool: { ...DEFAULT_CONFIG.pool, maxOpen: 50 },
      endpoints: [{ route: 'GET /orders/latest', workload: { kind: 'steady', rps: 20 } }, { route: 'POST /checkout', workload: { kind: 'steady', rps: 20 } }],
      bug: { kind: 'panicNoDefer', percent: 5, endpoint: 1 },
    }));
    const panics = r.log.filter((l) => l.includes('http: panic serving'));
    expect(panics.length).toBe(r.windows.reduce((n, w) => n + w.panics, 0));
    expect(panics.length).toBeGreaterThan(0);
    expect(panics[0]).toMatch(/^2000\/01\/01 00:00:\d\d http: panic serving 10\.0\.0\.7:\d+: runtime error: index out of range \[0\] with length 0$/);
    expect(r.log.filter((l) => l.startsWith('main.(*server).'))).toEqual(panics.map(() => expect.stringMatching(/^main\.\(\*server\)\.postCheckout\(/)));
  });

  it('reports the run\'s overall p99 latency from every request', () => {
    const r = runLab(config({ latency: { medianMs: 10, p99Ms: 100, slowShare: 0, slowMs: 0 } }));
    expect(r.totals.latencyP99Ms).toBeGreaterThan(80);
    expect(r.totals.latencyP99Ms).toBeLessThan(130);
  });
});

