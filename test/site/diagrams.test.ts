import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanerTimelineModel } from '../../src/site/diagrams/cleaner-timeline';
import { leakFillModel } from '../../src/site/diagrams/leak-fill';
import { poolStatesModel } from '../../src/site/diagrams/pool-states';
import { formatMs, niceTicks, stackLabel, type Trace } from '../../src/site/diagrams/trace';
import { waitTimelineModel } from '../../src/site/diagrams/wait-timeline';

const trace = (name: string): Trace =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/fidelity/traces/modern', `${name}.json`), 'utf8'));

describe('diagram models read the recorded traces', () => {
  it('WaitTimeline: the waits of the queued goroutines add up to the recorded WaitDuration', () => {
    const m = waitTimelineModel(trace('09-pool-wait'));
    expect(m.bars).toHaveLength(5);
    expect(m.maxOpen).toBe(2);
    const waited = m.bars.filter((b) => b.waitedMs > 50);
    expect(waited.map((b) => b.g)).toEqual([3, 4, 5]);
    expect(m.stats.WaitCount).toBe(waited.length);
    expect(Math.abs(m.totalWaitMs - m.stats.WaitDurationMs)).toBeLessThan(5);
    for (const b of m.bars) expect(b.startMs <= b.acquiredMs && b.acquiredMs < b.endMs).toBe(true);
    // Goroutine 3 asked before goroutine 4 but was served after it: the pick among waiters is random.
    expect(m.overtaken).toEqual([[3, 4]]);
    expect(m.description).toContain('Goroutine 4 got its connection before goroutine 3');
  });

  it('LeakFill: five calls leak and fill the pool, five wait two seconds and fail with the recorded error', () => {
    const m = leakFillModel(trace('01-pattern1-early-break'));
    expect(m.maxOpen).toBe(5);
    expect(m.calls.map((c) => c.inUseAfter)).toEqual([1, 2, 3, 4, 5, 5, 5, 5, 5, 5]);
    expect(m.leaked).toBe(5);
    expect(m.failed).toBe(5);
    for (const c of m.calls.filter((x) => !x.ok)) {
      expect(c.err).toBe('context deadline exceeded');
      expect(c.elapsedMs).toBeGreaterThanOrEqual(2000);
      expect(c.elapsedMs).toBeLessThan(2010);
    }
    expect(m.final.InUse).toBe(5);
    expect(m.description).toContain('WaitCount=5');
  });

  it('CleanerTimeline: every limit (200-300 ms) acts only between the 950 ms and 1050 ms samples', () => {
    const m = cleanerTimelineModel(trace('11-lifetime'));
    expect(m.variants.map((v) => v.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(m.startOpen).toBe(3);
    const b = m.variants[1];
    expect(b.lifetimeMs).toBe(300);
    expect(b.idleTimeMs).toBeUndefined();
    expect([b.lastFullMs, b.firstZeroMs]).toEqual([950, 1050]);
    expect(b.closedBy).toBe('MaxLifetimeClosed=3');
    expect(m.variants[2].closedBy).toBe('MaxIdleTimeClosed=3');
    expect(m.variants[3].reuseAtMs).toBe(500);
    for (const v of m.variants) expect(v.lastFullMs).toBeGreaterThan(Math.max(v.lifetimeMs ?? 0, v.idleTimeMs ?? 0) * 3);
  });

  it('PoolStates: two holders and three waiters, as the snapshot taken during the burst shows', () => {
    const m = poolStatesModel(trace('09-pool-wait'));
    expect(m.stats.InUse).toBe(2);
    expect(m.holders.map((h) => h.g)).toEqual([1, 2]);
    expect(m.holders[0].query).toBe('SELECT SLEEP(0.3)');
    expect(m.waiters.map((w) => w.g)).toEqual([3, 4, 5]);
    expect(m.waiters.length).toBe(m.stats.WaitCount);
    expect(m.atMs).toBeGreaterThan(150);
    expect(m.atMs).toBeLessThan(160);
    for (const w of m.waiters) expect(w.waitedMs).toBeCloseTo(m.atMs - w.askedAtMs, 6);
  });

  it('names the recorded stack from the trace env', () => {
    expect(stackLabel(trace('09-pool-wait'))).toBe('Go 1.23.5 · go-sql-driver/mysql 1.9.0 · MariaDB 10.11.19');
  });
});

describe('diagram helpers', () => {
  it('niceTicks gives round steps that stop at the maximum', () => {
    expect(niceTicks(903, 5)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(10000, 4)).toEqual([0, 2500, 5000, 7500, 10000]);
  });
  it('formatMs keeps ms below a second, one decimal for whole tenths, two otherwise', () => {
    expect(formatMs(292.6)).toBe('293 ms');
    expect(formatMs(2000.148)).toBe('2.0 s');
    expect(formatMs(1122.445)).toBe('1.12 s');
    expect(formatMs(2500)).toBe('2.5 s');
  });
});
