import { describe, expect, it } from 'vitest';
import { parseLabConfig } from '../../src/lab/config';
import { toSeries } from '../../src/lab/metrics';
import { PRESETS, STARTING_RULES, presetById } from '../../src/lab/presets';
import { runLab } from '../../src/lab/service';
import { evaluateRules } from '../../src/ui/lab/alert-editor';

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

  it('run at the rates the lessons talk about: hundreds of requests per second, not tens', () => {
    for (const id of ['healthy', 'healthy-bursts', 'rows-leak', 'tx-leak', 'panic-no-defer', 'no-deadline', 'too-many-replicas', 'idle-churn']) {
      const w = presetById(id)!.config.workload;
      expect(w.kind === 'steady' ? w.rps : w.kind === 'burst' ? w.baseRps : w.fromRps, id).toBeGreaterThanOrEqual(300);
    }
  });

  it('healthy: about 5 connections busy at 400 requests/s, far below the limit, and nothing waits', () => {
    const r = shortRun('healthy', 120);
    expect(r.totals.requests / 120).toBeGreaterThan(390);
    const inUse = r.scrapes.slice(1).map((s) => s.InUse);
    expect(Math.max(...inUse)).toBeLessThan(12);
    expect(inUse.reduce((a, b) => a + b, 0) / inUse.length).toBeGreaterThan(2);
    expect(r.scrapes.at(-1)!.WaitCount).toBe(0);
    expect(r.totals.errors).toEqual({ deadline: 0, tooManyConnections: 0, invalidConnection: 0, other: 0 });
  });

  it('healthy with bursts: the pool saturates in each burst, waits last milliseconds, nothing fails, and InUse falls back', () => {
    const r = shortRun('healthy-bursts', 150);
    const at = (sec: number) => r.scrapes.find((s) => s.t === sec * 1e9)!;
    expect(at(90).WaitCount).toBe(0); // before the first burst (100-120 s)
    expect(at(120).WaitCount).toBeGreaterThan(100); // a request waits only when all 20 are in use
    const last = at(150);
    expect(last.WaitDuration / last.WaitCount / 1e6).toBeLessThan(50); // mean wait in ms
    expect(at(150).InUse).toBeLessThan(12);
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
    // once the pool is pinned, every wait lasts the 2 s deadline (or close): nobody is served
    // (lesson 13's rate(wait_duration) / rate(wait_count) over the last minute)
    const minute = at(180);
    expect((last.WaitDuration - minute.WaitDuration) / 1e9 / (last.WaitCount - minute.WaitCount)).toBeGreaterThan(1.9);
    expect(r.totals.errors.deadline).toBeGreaterThan(0);
  });

  it('transaction and panic leaks: the same climb to the limit; the panic also leaves net/http\'s trace in the log', () => {
    for (const id of ['tx-leak', 'panic-no-defer']) {
      const r = shortRun(id, 240);
      expect(r.scrapes.find((s) => s.t === 60e9)!.InUse, id).toBeLessThan(12);
      expect(r.scrapes.filter((s) => s.t >= 180e9).every((s) => s.InUse === 20), id).toBe(true);
      expect(r.server.at(-1)!.sleeping, id).toBe(20);
      expect(r.log.some((l) => l.includes('http: panic serving')), id).toBe(id === 'panic-no-defer');
    }
  });

  it('no deadline: slow queries hold the pool in waves, callers fail at their deadline, and InUse dips again (not a leak)', () => {
    const r = shortRun('no-deadline', 240);
    const inUse = r.scrapes.map((s) => s.InUse);
    expect(Math.max(...inUse)).toBe(20);
    expect(Math.min(...inUse.slice(2))).toBeLessThan(20);
    expect(r.totals.leaked).toBe(0);
    expect(r.totals.errors.deadline).toBeGreaterThan(0);
    const p99 = r.windows.map((w) => w.p99Ms ?? 0);
    expect(p99.some((ms) => ms >= 2000)).toBe(true);
    expect(p99.filter((ms) => ms < 200).length).toBeGreaterThan(3);
  });

  it('lesson 13 in the lab: the starting leak rule fires minutes after a leak starts and never on healthy bursts', () => {
    const firing = (id: string, durationSec: number) => {
      const r = shortRun(id, durationSec);
      const [out] = evaluateRules(STARTING_RULES.map((x) => ({ ...x })), toSeries(r.scrapes, 'shop'), durationSec * 1000);
      if (!out.ok) throw new Error(out.message);
      return out.intervals;
    };
    expect(firing('healthy-bursts', 270)).toEqual([]); // two bursts
    const leak = firing('rows-leak', 360);
    expect(leak).toHaveLength(1);
    // the leak starts at 60 s; the pool is full about 1.5 minutes later; 2 min window + 1 min for
    expect(leak[0].from / 1000).toBeGreaterThan(240);
    expect(leak[0].from / 1000).toBeLessThanOrEqual(60 + 300);
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
