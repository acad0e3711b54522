import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { background, withTimeout } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import type { Rows } from '../../src/pool/rows.ts';
import { expectNoLeaks, poolStack, runAll } from './stack.ts';

type Op =
  | { kind: 'hold' } | { kind: 'release'; index: number } | { kind: 'exec' } | { kind: 'queryArgs' }
  | { kind: 'maxIdle'; n: number } | { kind: 'timeoutQuery' } | { kind: 'idle'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'hold' as const }),
  fc.nat(10).map((index) => ({ kind: 'release' as const, index })),
  fc.constant({ kind: 'exec' as const }),
  fc.constant({ kind: 'queryArgs' as const }),
  fc.integer({ min: -1, max: 4 }).map((n) => ({ kind: 'maxIdle' as const, n })),
  fc.constant({ kind: 'timeoutQuery' as const }),
  fc.integer({ min: 1, max: 3000 }).map((ms) => ({ kind: 'idle' as const, ms })),
);

describe('server and pool agree', () => {
  it('server sessions of the app == the pool\'s open conns (+ the other client) after every operation; same seed, same log', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 1000 }), async (ops, seed) => {
      const logs: string[] = [];
      for (let round = 0; round < 2; round++) {
        const s = await poolStack({ variables: { wait_timeout: 100_000 } }, seed);
        const db = s.open();
        const mismatches: string[] = [];
        s.world.spawn('client', function* () {
          const other = s.server.connect({ user: 'other' });
          const w = s.world.wait<void>('other client login');
          other.result.onReady(() => w.wake(undefined));
          yield* w.park();
          const held: Rows[] = [];
          for (const o of ops) {
            switch (o.kind) {
              case 'hold': held.push((yield* db.query('SELECT id FROM users'))[0]!); break;
              case 'release': if (held.length) yield* held.splice(o.index % held.length, 1)[0]!.close(); break;
              case 'exec': yield* db.exec("UPDATE users SET name = name WHERE id = 3"); break;
              case 'queryArgs': { const row = yield* db.queryRow('SELECT name FROM users WHERE id = ?', [5n]); yield* row.scan({ kind: 'string', set: () => {} }); break; }
              case 'maxIdle': db.setMaxIdleConns(o.n); break;
              case 'timeoutQuery': {
                const [ctx, cancel] = withTimeout(background(s.world), 10 * Millisecond);
                yield* db.queryContext(ctx, 'SELECT SLEEP(1)');
                cancel();
                // The orphaned statement keeps its session until it ends on the server.
                yield* s.world.sleep(Second);
                break;
              }
              case 'idle': yield* s.world.sleep(o.ms * Millisecond); break;
            }
            const app = s.server.sessions().filter((x) => x.user === 'app').length;
            const all = s.server.status().Threads_connected;
            if (app !== db.stats().OpenConnections || all !== app + 1) mismatches.push(`${o.kind}: server ${app}/${all}, pool ${db.stats().OpenConnections}`);
            if (db.stats().OpenConnections !== db.stats().InUse + db.stats().Idle) mismatches.push(`${o.kind}: Open != InUse + Idle`);
          }
          for (const r of held) yield* r.close();
          yield* db.close();
          const o = other.result.value;
          if (o.kind === 'ok') o.socket.quit();
        });
        runAll(s.world);
        expect(mismatches).toEqual([]);
        expectNoLeaks(s, [db]);
        expect(s.server.status().Threads_connected).toBe(0);
        logs.push(JSON.stringify(s.world.log.events.map((e) => [e.seq, e.t, e.kind])));
      }
      expect(logs[1]).toBe(logs[0]);
    }), { numRuns: 15 });
  });
});
