import { describe, expect, it } from 'vitest';
import { Millisecond } from '../../src/sim/time.ts';
import type { GoError } from '../../src/sim/errors.ts';
import type { HeldConn } from '../../src/pool/held-conn.ts';
import { GT, loadTrace } from './gt.ts';
import { DEFAULT_LATENCY } from '../../src/mysql/latency-model.ts';

const trace = loadTrace('12-server-max-connections');

/**
 * The recorded server is MariaDB 10.11, which clamps `SET GLOBAL max_connections=5` to 10 (warning 1292),
 * so 9 app sessions fit next to the monitor. The course follows MySQL 8.0, which accepts 5: the monitor plus
 * 4 app sessions fill it, and the reserved +1 slot belongs to CONNECTION_ADMIN. These tests assert MySQL's
 * numbers and take the error text from the trace.
 */
describe('fidelity 12-server-max-connections (MySQL 8.0 semantics)', () => {
  it('refuses app logins past max_connections with the trace\'s 1040 text, at once, never queued by the pool', async () => {
    const gt = await GT.create();
    const out: Record<string, unknown> = {};
    gt.run(function* (gt) {
      yield* gt.monExec('SET GLOBAL max_connections=5');
      out.max = yield* gt.globalVar('max_connections');
      for (const v of ['A-10-goroutines-db.Conn-hold', 'B-10-goroutines-SELECT-SLEEP(0.5)', 'C-15-goroutines-db.Conn-hold']) {
        const ng = v[0] === 'C' ? 15 : 10;
        gt.variant(v);
        const db = gt.open();
        const res: { ok: boolean; err?: string; ms: number }[] = [];
        const held: HeldConn[] = [];
        for (let i = 0; i < ng; i++) {
          gt.go(`g${i + 1}`, function* () {
            const st = gt.world.now();
            let err: GoError | null;
            if (v[0] !== 'B') {
              const [c, e] = yield* db.connContext(db.bg());
              err = e;
              if (c) held.push(c);
            } else {
              const row = yield* db.queryRow('SELECT SLEEP(0.5)');
              err = yield* row.scan({ kind: 'int', set: () => {} });
            }
            res[i] = { ok: !err, ...(err ? { err: err.Error() } : {}), ms: (gt.world.now() - st) / Millisecond };
          });
          if (v[0] !== 'B') yield* gt.world.sleep(20 * Millisecond);
        }
        yield* gt.waitAll();
        const [s, sv] = yield* gt.snap('after-all-attempts', db);
        out[v] = { res, stats: [s.OpenConnections, s.InUse, s.Idle, s.WaitCount], server: sv.count, threads: sv.status_Threads_connected };
        for (const c of held) yield* c.close();
        const [s2, sv2] = yield* gt.snap('after-release', db);
        out[`${v}/release`] = [s2.OpenConnections, s2.Idle, s2.MaxIdleClosed, sv2.count];
        yield* db.close();
        yield* gt.killAppConns();
      }
    });
    const refused = 'Error 1040 (08004): Too many connections';
    expect(JSON.stringify(trace.events)).toContain(refused);
    expect(out.max).toBe('5');
    const ok = (ms: number) => ({ ok: true, ms });
    const A = out['A-10-goroutines-db.Conn-hold'] as { res: { ok: boolean; err?: string; ms: number }[] };
    expect(A.res.map((r) => r.err ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', ...Array(6).fill(refused)]);
    expect(A.res.every((r) => r.ms <= 5)).toBe(true);
    expect(out['A-10-goroutines-db.Conn-hold']).toMatchObject({ stats: [4, 4, 0, 0], server: 4, threads: 5 });
    expect(out['A-10-goroutines-db.Conn-hold/release']).toEqual([2, 2, 2, 2]);
    // Ten logins at once: five take the slots (four fit, the fifth is refused after auth with 08004) and the
    // other five find no slot at all and are refused before the handshake, without SQLSTATE.
    const B = out['B-10-goroutines-SELECT-SLEEP(0.5)'] as { res: { ok: boolean; err?: string; ms: number }[]; stats: number[] };
    expect(B.res.map((r) => r.err ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', refused, ...Array(5).fill('Error 1040: Too many connections')]);
    // A login, one round trip, SLEEP(0.5) and one row, under the one default latency model.
    const okMs = (DEFAULT_LATENCY.connect + DEFAULT_LATENCY.roundTrip + 500 * Millisecond + DEFAULT_LATENCY.perRow) / Millisecond;
    expect(B.res.slice(0, 4)).toEqual(Array(4).fill(ok(okMs)));
    expect(B.stats).toEqual([2, 0, 2, 0]);
    const C = out['C-15-goroutines-db.Conn-hold'] as { res: { err?: string }[] };
    expect(C.res.map((r) => r.err ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', ...Array(11).fill(refused)]);
    expect(out['C-15-goroutines-db.Conn-hold']).toMatchObject({ stats: [4, 4, 0, 0], server: 4, threads: 5 });
  });
});
