import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { background, withTimeout } from '../../src/sim/context.ts';
import { Millisecond } from '../../src/sim/time.ts';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import { rebuildServerState, type RebuiltServer } from '../../src/mysql/rebuild.ts';
import type { Rows } from '../../src/pool/rows.ts';
import { poolStack, runAll } from '../mysqldriver/stack.ts';
import { DEFAULT_LATENCY } from '../../src/mysql/latency-model.ts';

describe('rebuildServerState', () => {
  it('rebuilds sessions, PROCESSLIST state, Prepared_stmt_count and counters from the log at random instants', async () => {
    const faults = parseFaultPlan({ rules: [
      { on: 'row', row: 2, sql: 'LIMIT 3', occurrence: 2, inject: { kind: 'drop' } },
      { on: 'idle', afterMs: 700, occurrence: 3, inject: { kind: 'kill', what: 'connection' } },
    ] });
    if (!faults.ok) throw new Error(faults.errors.join());
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 8 }), async (seed, instants) => {
      const s = await poolStack({ latency: DEFAULT_LATENCY, faults: faults.plan, variables: { wait_timeout: 2, max_connections: 6 } }, seed);
      const db = s.open();
      db.setMaxIdleConns(3);
      const rng = s.world.rng.fork('workload');
      const samples: { seq: number; t: number; live: RebuiltServer }[] = [];
      s.world.spawn('sampler', function* () {
        for (const at of [...instants].sort((a, b) => a - b)) {
          yield* s.world.sleep(at * Millisecond - s.world.now());
          const st = s.server.status();
          samples.push({
            seq: s.world.log.count - 1, t: s.world.now(),
            live: {
              sessions: s.server.sessions().map((x) => ({ id: x.id, user: x.user, command: x.command, state: x.state, info: x.info })),
              preparedStmtCount: st.Prepared_stmt_count!, connections: st.Connections!, abortedClients: st.Aborted_clients!,
              maxUsedConnections: st.Max_used_connections!,
            },
          });
        }
      });
      for (let g = 0; g < 4; g++) {
        s.world.spawn(`g${g}`, function* () {
          const held: Rows[] = [];
          for (let i = 0; i < 12; i++) {
            const pick = rng.int(6);
            if (pick === 0) held.push(...[(yield* db.query('SELECT id FROM users LIMIT 3'))[0]].filter((r): r is Rows => r !== null));
            else if (pick === 1 && held.length) yield* held.pop()!.close();
            else if (pick === 2) yield* db.prepare('SELECT name FROM users WHERE id = ?');
            else if (pick === 3) { const [ctx, c] = withTimeout(background(s.world), 20 * Millisecond); yield* db.execContext(ctx, 'DO SLEEP(0.1)'); c(); }
            else if (pick === 4) yield* db.exec('UPDATE users SET name = name WHERE id = ?', [BigInt(1 + rng.int(50))]);
            else yield* s.world.sleep(rng.int(400) * Millisecond);
          }
          for (const r of held) yield* r.close();
        });
      }
      runAll(s.world);
      expect(samples.length).toBe(instants.length);
      for (const smp of samples) expect(rebuildServerState(s.world.log.events, s.server.id, smp.t, smp.seq), `t=${smp.t}`).toEqual(smp.live);
    }), { numRuns: 8 });
  });
});
