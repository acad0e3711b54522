import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { logDigestWorkload } from './log-digest-workload.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

// The digests were taken on the tree before session 3's performance work (1863e81). A speed-up must not move
// one event, id, virtual instant or scheduling decision: if a digest changes, behaviour changed.
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('the full event log of a mixed 10k-request load is pinned', () => {
  it('gives the pinned log, results and stats on the latency-only engine (FIFO scheduler)', () => {
    const r = logDigestWorkload({ seed: 1, shuffle: false, requests: 10_000 });
    expect(r.events).toBe(96_792);
    expect(sha256(r.text)).toBe('5d0d352766b3697655ddf20f9bfa336c6431ddecdbb4e0572fa4d624b9a1ad58');
  });

  it('gives the pinned log with the shuffling scheduler', () => {
    const r = logDigestWorkload({ seed: 2, shuffle: true, requests: 10_000 });
    expect(r.events).toBe(97_015);
    expect(sha256(r.text)).toBe('74d69e38afce376355a4f0ac16a593d5e98ac89dc526258a3ce2de43e4180c24');
  });

  it('gives the pinned log on the sql.js engine', async () => {
    const r = logDigestWorkload({ seed: 3, shuffle: false, requests: 3_000, sqljs: await loadSqlJs() });
    expect(r.events).toBe(29_011);
    expect(sha256(r.text)).toBe('d59072ec9047dc12c73b9e56f6ea5977e2a507244c29ad68b1be11b02d7ef38c');
  });

  it('gives the same results and stats without a stored log and without kept tasks', () => {
    const full = logDigestWorkload({ seed: 1, shuffle: false, requests: 10_000 });
    const lean = logDigestWorkload({ seed: 1, shuffle: false, requests: 10_000, log: false, keepTasks: false });
    expect(lean.results).toBe(full.results);
    expect(lean.text).toBe(full.results);
  });
});
