import { describe, expect, it } from 'vitest';
import { decodeLabConfig, DEFAULT_CONFIG, encodeLabConfig, parseLabConfig } from '../../src/lab/config';

describe('lab configuration', () => {
  it('round-trips through a URL query string unchanged', () => {
    const config = { ...DEFAULT_CONFIG, seed: 42, bug: { kind: 'rowsLeak' as const, percent: 2 }, workload: { kind: 'burst' as const, baseRps: 100, burstRps: 900, everySec: 120, burstSec: 20 } };
    const back = decodeLabConfig(`?${encodeLabConfig(config)}`);
    expect(back).toEqual({ ok: true, config });
  });

  it('gives the defaults when the URL carries no settings', () => {
    expect(decodeLabConfig('')).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('says which field is wrong and why', () => {
    const r = parseLabConfig({ ...DEFAULT_CONFIG, pool: { ...DEFAULT_CONFIG.pool, maxOpen: -3 }, durationSec: 7200 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith('pool.maxOpen:'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('durationSec:'))).toBe(true);
  });

  it('rejects a burst as long as its period and a p99 below the median', () => {
    const r = parseLabConfig({
      ...DEFAULT_CONFIG,
      workload: { kind: 'burst', baseRps: 1, burstRps: 2, everySec: 10, burstSec: 10 },
      latency: { medianMs: 10, p99Ms: 5, slowShare: 0, slowMs: 0 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('workload.burstSec: a burst must be shorter than its period');
    expect(r.errors).toContain('latency.p99Ms: p99 must be at least the median');
  });

  it('reports a link whose settings are not JSON instead of failing', () => {
    const r = decodeLabConfig('?c=%7Bnot-json');
    expect(r.ok).toBe(false);
  });

  it('rejects unknown fields, so a typo in a shared link is not silently ignored', () => {
    expect(parseLabConfig({ ...DEFAULT_CONFIG, maxOpen: 5 }).ok).toBe(false);
  });
});
