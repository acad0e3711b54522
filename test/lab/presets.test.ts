import { describe, expect, it } from 'vitest';
import { parseLabConfig } from '../../src/lab/config';
import { PRESETS, presetById } from '../../src/lab/presets';
import { runLab } from '../../src/lab/service';

// the presets' shapes, on shortened runs (the shapes show within minutes)
function shortRun(id: string, durationSec: number) {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return runLab({ ...p.config, durationSec });
}

describe('lab presets', () => {
  it('are all valid configurations with distinct ids', () => {
    for (const p of PRESETS) expect(parseLabConfig(p.config)).toEqual({ ok: true, config: p.config });
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it('healthy: InUse stays far below the limit and nothing waits', () => {
    const r = shortRun('healthy', 120);
    expect(Math.max(...r.scrapes.map((s) => s.InUse))).toBeLessThan(10);
    expect(r.scrapes.at(-1)!.WaitCount).toBe(0);
    expect(r.totals.errors).toEqual({ deadline: 0, tooManyConnections: 0, invalidConnection: 0, other: 0 });
  });

  it('rows leak: InUse flat before the leak, then climbing to the limit and pinned there, with waits that end at the deadline', () => {
    const r = shortRun('rows-leak', 240);
    const at = (sec: number) => r.scrapes.find((s) => s.t === sec * 1e9)!;
    expect(at(60).InUse).toBeLessThan(8);
    expect(at(240).InUse).toBe(20);
    expect(at(240).Idle).toBe(0);
    const pinned = r.scrapes.filter((s) => s.t >= 180e9);
    expect(pinned.every((s) => s.InUse === 20)).toBe(true);
    const last = at(240);
    expect(last.WaitCount).toBeGreaterThan(0);
    // every finished wait lasted the 2 s deadline (or close): nobody was served
    expect(last.WaitDuration / 1e9 / last.WaitCount).toBeGreaterThan(1.5);
    expect(r.totals.errors.deadline).toBeGreaterThan(0);
  });

  it('open per request: the shared pool looks idle while the server fills up and refuses logins', () => {
    const r = shortRun('open-per-request', 60);
    expect(r.scrapes.at(-1)!.InUse).toBe(0);
    expect(r.server.at(-1)!.threadsConnected).toBe(151);
    expect(r.totals.errors.tooManyConnections).toBeGreaterThan(0);
  });

  it('idle churn: MaxIdleClosed climbs with every burst under the default idle limit', () => {
    const r = shortRun('idle-churn', 150);
    const closed = r.scrapes.map((s) => s.MaxIdleClosed);
    expect(closed.at(-1)!).toBeGreaterThan(20);
    // counters only go up
    for (let i = 1; i < closed.length; i++) expect(closed[i]).toBeGreaterThanOrEqual(closed[i - 1]);
  });

  it('too many replicas: this replica gets Error 1040 once its pool grows past the server\'s free slots', () => {
    const r = shortRun('too-many-replicas', 120);
    expect(r.totals.errors.tooManyConnections).toBeGreaterThan(0);
    expect(Math.max(...r.server.map((s) => s.threadsConnected))).toBeLessThanOrEqual(152);
  });
});
