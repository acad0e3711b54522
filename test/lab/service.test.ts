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
});
