// Property tests over random operation sequences and fault plans (fake driver).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebuildStats } from '../../src/pool/rebuild.ts';
import type { DB } from '../../src/pool/db.ts';
import type { World } from '../../src/sim/world.ts';
import { Millisecond } from '../../src/sim/time.ts';
import { programArb, startProgram } from './random-program.ts';
import { expectNoLeaks } from './helpers.ts';

/** dialTracker follows conns reserved but not yet dialed (from the log, as it is written). */
function dialTracker(world: World, db: DB): Set<number> {
  const pending = new Set<number>();
  world.log.subscribe((e) => {
    if (!('db' in e) || e.db !== db.id) return;
    if (e.kind === 'conn.reserve') pending.add(e.conn);
    else if (e.kind === 'conn.dial.end' || e.kind === 'conn.dial.fail') pending.delete(e.conn);
    else if (e.kind === 'conn.close' && e.reason === 'openerAfterClose') pending.delete(e.conn);
  });
  return pending;
}

/** busyConns counts conns that are checked out, being closed, or still dialing (computed without DBStats). */
function busyConns(db: DB, pending: Set<number>): number {
  let busy = 0;
  for (const c of db.conns) if (c.inUse || c.closed || c.closing) busy++;
  return busy + pending.size;
}

function checkInvariants(db: DB, pending: Set<number>, maxOpenNeverLowered: boolean): void {
  const s = db.stats();
  expect(s.OpenConnections).toBe(busyConns(db, pending) + s.Idle);
  expect(s.InUse).toBe(s.OpenConnections - s.Idle);
  for (const c of db.freeConn) expect(c.inUse || c.closed || c.closing).toBe(false);
  if (maxOpenNeverLowered && s.MaxOpenConnections > 0) expect(s.OpenConnections).toBeLessThanOrEqual(s.MaxOpenConnections);
  if (db.waiters() > 0) expect(s.Idle).toBe(0);
}

/** runChecked runs the program, checking invariants between task steps at many points. */
function runChecked(world: World, db: DB, neverLowered: boolean): void {
  const pending = dialTracker(world, db);
  let steps = 0;
  for (;;) {
    const r = world.run({ maxSteps: 7 });
    steps += 7;
    checkInvariants(db, pending, neverLowered);
    if (r.kind === 'done') return;
    if (r.kind === 'error') throw r.error;
    if (r.kind !== 'steps') throw new Error(`run ended with ${r.kind}`);
    if (steps > 2_000_000) throw new Error('runaway program');
  }
}

describe('pool properties over random programs and fault plans', () => {
  it('Open == InUse + Idle, Open <= MaxOpen (never lowered), no waiter while idle, InUse == 0 at the end', () => {
    fc.assert(
      fc.property(programArb(false), (p) => {
        const { world, db } = startProgram(p);
        runChecked(world, db, true);
        expectNoLeaks(db);
      }),
      { numRuns: 120 },
    );
  });

  it('the invariants other than the MaxOpen bound hold when MaxOpen is lowered at random', () => {
    fc.assert(
      fc.property(programArb(true), (p) => {
        const { world, db } = startProgram(p);
        runChecked(world, db, false);
        expectNoLeaks(db);
      }),
      { numRuns: 80 },
    );
  });

  it('the same seed and program give the same event log', () => {
    fc.assert(
      fc.property(programArb(true), (p) => {
        const a = startProgram(p);
        expect(a.world.run({ maxSteps: 2_000_000 }).kind).toBe('done');
        const b = startProgram(p);
        expect(b.world.run({ maxSteps: 2_000_000 }).kind).toBe('done');
        expect(JSON.stringify(b.world.log.events, bigintJson)).toBe(JSON.stringify(a.world.log.events, bigintJson));
        expectNoLeaks(a.db);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the no-generator paths', () => {
  it('rows that answer at once (Rows.nextNow/closeNow) give the same event log, results and stats as generator rows', () => {
    fc.assert(
      fc.property(programArb(true), (p) => {
        const gen = startProgram(p);
        expect(gen.world.run({ maxSteps: 2_000_000 }).kind).toBe('done');
        const sync = startProgram(p, { syncRows: true });
        expect(sync.world.run({ maxSteps: 2_000_000 }).kind).toBe('done');
        expect(JSON.stringify(sync.world.log.events, bigintJson)).toBe(JSON.stringify(gen.world.log.events, bigintJson));
        expect(sync.outcomes).toEqual(gen.outcomes);
        expect(sync.db.stats()).toEqual(gen.db.stats());
        expect(sync.world.now()).toBe(gen.world.now());
        expectNoLeaks(sync.db);
      }),
      { numRuns: 60 },
    );
  });
});

describe('state rebuild from the event log', () => {
  it('rebuilding pool state from the log at random instants equals the live Stats() at those instants', () => {
    fc.assert(
      fc.property(programArb(true), fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 12 }), (p, instants) => {
        const { world, db } = startProgram(p);
        const samples: { count: number; stats: ReturnType<DB['stats']>; rows: number; waiting: number }[] = [];
        world.spawn('sampler', function* () {
          for (const t of [...instants].sort((x, y) => x - y)) {
            yield* world.sleep(t * Millisecond - world.now());
            for (let k = 0; k < 3; k++) {
              samples.push({
                count: world.log.events.length,
                stats: db.stats(),
                rows: db.openResources().filter((r) => r.kind === 'rows').length,
                waiting: db.waiters(),
              });
              yield; // let other tasks at this instant run, then sample again
            }
          }
        });
        const r = world.run({ maxSteps: 2_000_000 });
        expect(r.kind).toBe('done');
        for (const s of samples) {
          const rebuilt = rebuildStats(world.log.events.slice(0, s.count), db.id);
          expect(rebuilt.stats).toEqual(s.stats);
          expect(rebuilt.openRows.length).toBe(s.rows);
          expect(rebuilt.waiting.length).toBe(s.waiting);
        }
        expect(rebuildStats(world.log.events, db.id).stats).toEqual(db.stats());
        expectNoLeaks(db);
      }),
      { numRuns: 60 },
    );
  });
});

function bigintJson(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}
