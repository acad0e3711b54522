// A random-program harness for property tests: tasks run random database/sql operations under a random
// fault plan on the fake driver; every resource each operation opens is closed by that operation.
import fc from 'fast-check';
import { background, withCancel, withTimeout } from '../../src/sim/context.ts';
import { World } from '../../src/sim/world.ts';
import { Millisecond } from '../../src/sim/time.ts';
import { FakeDriver, type FakeFault } from '../../src/pool/fake-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB } from '../../src/pool/db.ts';
import { users } from './helpers.ts';

const ms = Millisecond;

export type Op =
  | { k: 'queryHold'; hold: number }
  | { k: 'queryIter' }
  | { k: 'queryTimeout'; timeout: number; hold: number }
  | { k: 'queryRow' }
  | { k: 'exec' }
  | { k: 'ping' }
  | { k: 'tx'; commit: boolean; withRows: boolean }
  | { k: 'txCtx'; cancelAfter: number }
  | { k: 'stmt'; uses: number }
  | { k: 'conn'; hold: number }
  | { k: 'sleep'; d: number }
  | { k: 'stmtQueryHold'; hold: number }
  | { k: 'connRows'; hold: number }
  | { k: 'txStmt'; commit: boolean }
  | { k: 'txBind'; closeFirst: boolean }
  | { k: 'dbClose' }
  | { k: 'set'; what: 'maxOpen' | 'maxIdle' | 'lifetime' | 'idleTime'; value: number };

export interface Program {
  seed: number;
  maxOpen: number;
  tasks: Op[][];
  faults: FakeFault[];
  dialLatency: number;
  queryLatency: number;
}

const opArb = (allowLowering: boolean): fc.Arbitrary<Op> =>
  allowLowering ? fc.oneof({ arbitrary: baseOpArb(true), weight: 20 }, { arbitrary: fc.constant({ k: 'dbClose' as const }), weight: 1 }) : baseOpArb(false);

const baseOpArb = (allowLowering: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({ k: fc.constant('queryHold' as const), hold: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ k: fc.constant('queryIter' as const) }),
    fc.record({ k: fc.constant('queryTimeout' as const), timeout: fc.integer({ min: 1, max: 60 }), hold: fc.integer({ min: 0, max: 80 }) }),
    fc.record({ k: fc.constant('queryRow' as const) }),
    fc.record({ k: fc.constant('exec' as const) }),
    fc.record({ k: fc.constant('ping' as const) }),
    fc.record({ k: fc.constant('tx' as const), commit: fc.boolean(), withRows: fc.boolean() }),
    fc.record({ k: fc.constant('txCtx' as const), cancelAfter: fc.integer({ min: 0, max: 30 }) }),
    fc.record({ k: fc.constant('stmt' as const), uses: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ k: fc.constant('conn' as const), hold: fc.integer({ min: 0, max: 30 }) }),
    fc.record({ k: fc.constant('sleep' as const), d: fc.integer({ min: 0, max: 1500 }) }),
    fc.record({ k: fc.constant('stmtQueryHold' as const), hold: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ k: fc.constant('connRows' as const), hold: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ k: fc.constant('txStmt' as const), commit: fc.boolean() }),
    fc.record({ k: fc.constant('txBind' as const), closeFirst: fc.boolean() }),
    fc.record({
      k: fc.constant('set' as const),
      what: allowLowering ? fc.constantFrom('maxOpen' as const, 'maxIdle' as const, 'lifetime' as const, 'idleTime' as const) : fc.constantFrom('maxIdle' as const, 'lifetime' as const, 'idleTime' as const),
      value: fc.integer({ min: -1, max: 1200 }),
    }),
  );

const faultArb: fc.Arbitrary<FakeFault> = fc.oneof(
  fc.record({ op: fc.constant('exec' as const), nth: fc.integer({ min: 1, max: 6 }), effect: fc.constant({ kind: 'badConn' as const }) }),
  fc.record({ op: fc.constant('row' as const), row: fc.constant(2), nth: fc.integer({ min: 1, max: 6 }), effect: fc.constant({ kind: 'break' as const }) }),
  fc.record({ op: fc.constant('dial' as const), nth: fc.integer({ min: 1, max: 6 }), effect: fc.constant({ kind: 'error' as const, error: 'Error 1040 (08004): Too many connections' }) }),
  fc.record({ op: fc.constant('query' as const), nth: fc.integer({ min: 1, max: 6 }), effect: fc.constant({ kind: 'error' as const, error: 'Error 1064 (42000): syntax' }) }),
  fc.record({ op: fc.constant('query' as const), effect: fc.record({ kind: fc.constant('latency' as const), d: fc.integer({ min: 1, max: 50 }).map((x) => x * ms) }) }),
  fc.record({ op: fc.constant('reset' as const), nth: fc.integer({ min: 1, max: 6 }), effect: fc.constant({ kind: 'badConn' as const }) }),
  fc.record({ op: fc.constant('begin' as const), nth: fc.integer({ min: 1, max: 4 }), effect: fc.constant({ kind: 'badConn' as const }) }),
  fc.record({ op: fc.constant('commit' as const), nth: fc.integer({ min: 1, max: 4 }), effect: fc.constant({ kind: 'break' as const }) }),
  fc.record({ op: fc.constant('prepare' as const), nth: fc.integer({ min: 1, max: 4 }), effect: fc.constant({ kind: 'badConn' as const }) }),
);

/** programArb generates random programs; with allowLowering=false MaxOpen is set once and never lowered. */
export function programArb(allowLowering: boolean): fc.Arbitrary<Program> {
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    maxOpen: fc.integer({ min: 0, max: 4 }),
    tasks: fc.array(fc.array(opArb(allowLowering), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
    faults: fc.array(faultArb, { maxLength: 3 }),
    dialLatency: fc.integer({ min: 0, max: 20 }).map((x) => x * ms),
    queryLatency: fc.integer({ min: 0, max: 5 }).map((x) => x * ms),
  });
}

/** startProgram builds the world and spawns the program's tasks (not yet run). */
export function startProgram(p: Program, driverOpts: { syncRows?: boolean } = {}): { world: World; db: DB; driver: FakeDriver; outcomes: string[] } {
  const world = new World({ seed: p.seed, shuffle: true });
  const driver = new FakeDriver(world, {
    tables: { users },
    faults: p.faults,
    dialLatency: p.dialLatency,
    queryLatency: p.queryLatency,
    skipWithArgs: p.seed % 2 === 0,
    ...driverOpts,
  });
  const reg = new Registry();
  reg.register('fake', driver);
  const db = reg.open(world, 'fake', '')[0]!;
  db.setMaxOpenConns(p.maxOpen);
  // outcomes: what the program saw of its Rows (Next results, Err, Close and Scan errors), in order.
  const outcomes: string[] = [];
  p.tasks.forEach((ops, i) => {
    world.spawn(`task${i}`, function* () {
      for (const op of ops) yield* runOp(world, db, op, (s) => outcomes.push(`task${i}@${world.now()}: ${s}`));
    });
  });
  return { world, db, driver, outcomes };
}

const errText = (e: { Error(): string } | null): string => e?.Error() ?? 'nil';

function* runOp(world: World, db: DB, op: Op, note: (s: string) => void): Generator<unknown, void, unknown> {
  const bg = background(world);
  const site = { file: 'main.go', line: 1, col: 1 };
  switch (op.k) {
    case 'queryHold': {
      const [rows] = yield* db.query('SELECT * FROM users', [], site);
      if (!rows) return;
      yield* world.sleep(op.hold * ms);
      note(`hold close ${errText(yield* rows.close())} err ${errText(rows.err())}`);
      return;
    }
    case 'queryIter': {
      const [rows] = yield* db.query('SELECT * FROM users WHERE id > ?', [0n]);
      if (!rows) return;
      let n = 0;
      while (yield* rows.next()) n++;
      note(`iter ${n} rows err ${errText(rows.err())}`);
      note(`iter close ${errText(yield* rows.close())} err ${errText(rows.err())}`);
      return;
    }
    case 'queryTimeout': {
      const [ctx, cancel] = withTimeout(bg, op.timeout * ms);
      const [rows] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      if (rows) {
        note(`timeout next ${yield* rows.next()}`);
        yield* world.sleep(op.hold * ms);
        note(`timeout close ${errText(yield* rows.close())} err ${errText(rows.err())}`);
      }
      cancel();
      return;
    }
    case 'queryRow': {
      const row = yield* db.queryRow('SELECT * FROM users LIMIT 1');
      note(`row scan ${errText(yield* row.scan({ kind: 'int64', set: () => {} }, { kind: 'string', set: () => {} }))}`);
      return;
    }
    case 'exec':
      yield* db.exec('UPDATE users SET name = ?', ['x']);
      return;
    case 'ping':
      yield* db.ping();
      return;
    case 'tx': {
      const [tx] = yield* db.begin(site);
      if (!tx) return;
      if (op.withRows) yield* tx.query('SELECT * FROM users'); // left open: Commit/Rollback closes it
      yield* tx.exec('UPDATE users SET name = name');
      if (op.commit) yield* tx.commit();
      else yield* tx.rollback();
      return;
    }
    case 'txCtx': {
      const [ctx, cancel] = withCancel(bg);
      const [tx] = yield* db.beginTx(ctx);
      yield* world.sleep(op.cancelAfter * ms);
      cancel();
      if (tx) yield* tx.rollback();
      return;
    }
    case 'stmt': {
      const [stmt] = yield* db.prepare('UPDATE users SET name = ? WHERE id = ?');
      if (!stmt) return;
      for (let i = 0; i < op.uses; i++) yield* stmt.exec(['y', BigInt(i)]);
      yield* stmt.close();
      return;
    }
    case 'conn': {
      const [c] = yield* db.connContext(bg);
      if (!c) return;
      yield* c.execContext(bg, 'UPDATE users SET name = name');
      yield* world.sleep(op.hold * ms);
      yield* c.close();
      return;
    }
    case 'sleep':
      yield* world.sleep(op.d * ms);
      return;
    case 'stmtQueryHold': {
      const [stmt] = yield* db.prepare('SELECT * FROM users WHERE id > ?');
      if (!stmt) return;
      const [rows] = yield* stmt.query([0n]);
      yield* stmt.close(); // closed while its Rows is still open
      if (rows) {
        yield* world.sleep(op.hold * ms);
        yield* rows.close();
      }
      return;
    }
    case 'connRows': {
      const [c] = yield* db.connContext(bg);
      if (!c) return;
      const [rows] = yield* c.queryContext(bg, 'SELECT * FROM users');
      world.spawn('closer', function* () {
        yield* c.close(); // waits for the Rows
      });
      yield* world.sleep(op.hold * ms);
      if (rows) yield* rows.close();
      return;
    }
    case 'txStmt': {
      const [tx] = yield* db.begin();
      if (!tx) return;
      const [stmt] = yield* tx.prepare('UPDATE users SET name = ? WHERE id = ?');
      if (stmt) yield* stmt.exec(['z', 1n]);
      if (op.commit) yield* tx.commit();
      else yield* tx.rollback();
      return;
    }
    case 'txBind': {
      const [stmt] = yield* db.prepare('UPDATE users SET name = ? WHERE id = ?');
      if (!stmt) return;
      const [tx] = yield* db.begin();
      if (tx) {
        const txs = yield* tx.stmt(stmt);
        if (op.closeFirst) yield* stmt.close(); // the parent closes while the Tx copy is in use
        yield* txs.exec(['b', 2n]);
        yield* tx.commit();
      }
      yield* stmt.close();
      return;
    }
    case 'dbClose':
      yield* db.close();
      return;
    case 'set':
      if (op.what === 'maxOpen') db.setMaxOpenConns(op.value % 5);
      else if (op.what === 'maxIdle') db.setMaxIdleConns(op.value % 4);
      else if (op.what === 'lifetime') db.setConnMaxLifetime(op.value * ms);
      else db.setConnMaxIdleTime(op.value * ms);
      return;
  }
}
