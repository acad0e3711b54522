import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/sim/context.ts';
import type { DB } from '../../src/pool/db.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import { findLeaks, serverPreparedCount } from '../../src/grader/leaks.ts';
import { Panic, runTs, site, type CallOut, type Program } from './harness.ts';

const str = (box: { v?: unknown }): ScanDest => ({ kind: 'string', set: (v) => (box.v = v) });
const int = (box: { v?: unknown }): ScanDest => ({ kind: 'int64', set: (v) => (box.v = v) });

/** findUser(name) scans users and returns at the first match; `close` says whether it defers rows.Close(). */
function findUser(target: (call: number) => string, close: boolean, useCtx: boolean): Program {
  return function* (ctx: Context, db: DB, call: number): Generator<unknown, CallOut, unknown> {
    const [rows, err] = useCtx ? yield* db.queryContext(ctx, 'SELECT id, name FROM users', [], site(11, 15)) : yield* db.query('SELECT id, name FROM users', [], site(11, 15));
    if (err) return { results: ['0'], err };
    try {
      while (yield* rows!.next()) {
        const id: { v?: unknown } = {};
        const name: { v?: unknown } = {};
        const e = rows!.scan(int(id), str(name));
        if (e) return { results: ['0'], err: e };
        if (name.v === target(call)) return { results: [String(id.v)], err: null };
      }
      return { results: ['0'], err: rows!.err() };
    } finally {
      if (close) yield* rows!.close();
    }
  };
}

describe('findLeaks on event logs from the pool', () => {
  it('a first-match lookup without rows.Close() leaks one Rows per call, named by its acquiring line', async () => {
    const run = await runTs(findUser(() => 'user07', false, false), { name: 'happy-path/background', seed: 1, calls: 3, context: 'background' });
    const leaks = findLeaks(run, 'happy-path/background');
    const rows = leaks.filter((l) => l.kind === 'leak' && l.object === 'rows');
    expect(rows).toHaveLength(3);
    expect(rows.map((l) => (l.kind === 'leak' ? [l.call, l.releasedBy, l.site] : null))).toEqual([0, 1, 2].map((i) => [i, 'never', site(11, 15)]));
    expect(rows[0]!.message).toContain('happy-path/background: the *sql.Rows acquired at main.go:11:15 (call 1: Entry(call 0)) is never closed');
    expect(leaks).toContainEqual(expect.objectContaining({ kind: 'stat', field: 'InUse', actual: '3' }));
  });

  it('the same code with defer rows.Close() has no leak', async () => {
    const run = await runTs(findUser(() => 'user07', true, false), { name: 'happy', seed: 1, calls: 3, context: 'background' });
    expect(run.calls.map((c) => c.results)).toEqual([['7'], ['7'], ['7']]);
    expect(findLeaks(run, 'happy')).toEqual([]);
  });

  it('leaks only under the scenario where the name exists: a full loop closes the rows itself', async () => {
    const present = await runTs(findUser(() => 'user07', false, false), { name: 'present', seed: 2, calls: 2, context: 'background' });
    const absent = await runTs(findUser(() => 'nobody', false, false), { name: 'absent', seed: 2, calls: 2, context: 'background' });
    expect(findLeaks(present, 'present').length).toBeGreaterThan(0);
    expect(findLeaks(absent, 'absent')).toEqual([]);
    expect(absent.events.filter((e) => e.kind === 'rows.close').map((e) => (e.kind === 'rows.close' ? e.by : ''))).toEqual(['autoEOF', 'autoEOF']);
  });

  it('under a request-scoped context the leak heals at the end of the call, and is still reported, with the dropped connection', async () => {
    const run = await runTs(findUser(() => 'user03', false, true), { name: 'happy/request', seed: 3, calls: 2, context: 'request' });
    expect(run.stats.InUse).toBe(0);
    const leaks = findLeaks(run, 'happy/request');
    expect(leaks).toHaveLength(2);
    for (const l of leaks) {
      expect(l).toMatchObject({ kind: 'leak', object: 'rows', releasedBy: 'context', droppedConn: true, site: site(11, 15) });
      expect(l.message).toContain('released only because its context ended');
      expect(l.message).toContain('drops the connection');
    }
  });

  it('a panic between Query and Close leaks with db.Query; a deferred close (try/finally) does not', async () => {
    const panicky = (close: boolean): Program =>
      function* (_ctx, db) {
        const [rows] = yield* db.query('SELECT id, name FROM users', [], site(20, 16));
        try {
          yield* rows!.next();
          throw new Panic('bad data');
        } finally {
          if (close) yield* rows!.close();
        }
      };
    const leaky = await runTs(panicky(false), { name: 'panic', seed: 4, calls: 2, context: 'background' });
    expect(leaky.calls.map((c) => c.outcome)).toEqual(['panicked', 'panicked']);
    expect(findLeaks(leaky, 'panic').filter((l) => l.kind === 'leak')).toHaveLength(2);
    const clean = await runTs(panicky(true), { name: 'panic', seed: 4, calls: 2, context: 'background' });
    expect(findLeaks(clean, 'panic')).toEqual([]);
  });

  it('a Tx left open on an error path is a leak; a Tx ended by its context is a leak released by context', async () => {
    const transfer = (rollback: boolean): Program =>
      function* (ctx, db) {
        const [tx, err] = yield* db.beginTx(ctx, {}, site(30, 13));
        if (err) return { results: [], err };
        const [, e1] = yield* tx!.execContext(ctx, 'UPDATE users SET name = name WHERE id = 1');
        const [, e2] = yield* tx!.execContext(ctx, 'UPDATE missing SET x = 1');
        if (e1 || e2) {
          if (rollback) yield* tx!.rollback();
          return { results: [], err: e1 ?? e2 };
        }
        return { results: [], err: yield* tx!.commit() };
      };
    const bg = await runTs(transfer(false), { name: 'error/background', seed: 5, calls: 1, context: 'background' });
    expect(bg.calls[0]!.error?.text).toMatch(/^Error 1146 \(42S02\)/);
    expect(bg.calls[0]!.error?.is).toEqual(['mysql:1146']);
    expect(findLeaks(bg, 'error/background')).toContainEqual(expect.objectContaining({ kind: 'leak', object: 'tx', releasedBy: 'never', site: site(30, 13) }));
    const req = await runTs(transfer(false), { name: 'error/request', seed: 5, calls: 1, context: 'request' });
    expect(findLeaks(req, 'error/request')).toEqual([expect.objectContaining({ kind: 'leak', object: 'tx', releasedBy: 'context' })]);
    const fixed = await runTs(transfer(true), { name: 'error/request', seed: 5, calls: 1, context: 'request' });
    expect(findLeaks(fixed, 'error/request')).toEqual([]);
  });

  it('an unclosed Stmt leaves prepared statements on the server above the baseline', async () => {
    const insert = (close: boolean): Program =>
      function* (ctx, db, call) {
        const [stmt, err] = yield* db.prepareContext(ctx, 'INSERT INTO audit_log(user_id, action, created_at) VALUES (?, ?, NOW())', site(40, 15));
        if (err) return { results: [], err };
        const [, e] = yield* stmt!.execContext(ctx, [BigInt(call + 1), 'login']);
        if (close) yield* stmt!.close();
        return { results: [], err: e };
      };
    const leaky = await runTs(insert(false), { name: 'batch', seed: 6, calls: 4, context: 'background' });
    expect(serverPreparedCount(leaky.events, leaky.baselineSeq)).toBe(0);
    expect(serverPreparedCount(leaky.events)).toBe(4);
    const leaks = findLeaks(leaky, 'batch');
    expect(leaks.filter((l) => l.kind === 'leak' && l.object === 'stmt')).toHaveLength(4);
    expect(leaks).toContainEqual(expect.objectContaining({ kind: 'stat', field: 'Prepared_stmt_count', expected: '0', actual: '4' }));
    expect(leaky.stats.InUse).toBe(0);
    const clean = await runTs(insert(true), { name: 'batch', seed: 6, calls: 4, context: 'background' });
    expect(findLeaks(clean, 'batch')).toEqual([]);
  });

  it('a held Conn that is never closed is a leak, and a caller blocked on the exhausted pool is reported', async () => {
    const hold: Program = function* (ctx, db) {
      const [conn, err] = yield* db.connContext(ctx, site(50, 14));
      if (err) return { results: [], err };
      yield* conn!.pingContext(ctx);
      return { results: [], err: null };
    };
    const run = await runTs(hold, { name: 'burst', seed: 7, calls: 2, concurrency: 2, context: 'background', maxOpen: 1 });
    expect(run.outcome).toBe('deadlock');
    const leaks = findLeaks(run, 'burst');
    expect(leaks).toContainEqual(expect.objectContaining({ kind: 'leak', object: 'heldConn', releasedBy: 'never', site: site(50, 14) }));
    expect(leaks).toContainEqual(expect.objectContaining({ kind: 'leak', object: 'goroutine', releasedBy: 'never' }));
  });

  it('objects closed by code after the call returned are reported as still open at return', async () => {
    let leaked: import('../../src/pool/rows.ts').Rows | null = null;
    const late: Program = function* (_ctx, db, call, world) {
      if (call === 0) {
        const [rows] = yield* db.query('SELECT id FROM users', [], site(60, 10));
        leaked = rows;
        return { results: [], err: null };
      }
      yield* world.sleep(1);
      yield* leaked!.close();
      return { results: [], err: null };
    };
    const run = await runTs(late, { name: 'late', seed: 8, calls: 2, context: 'background' });
    const leaks = findLeaks(run, 'late');
    expect(leaks).toEqual([expect.objectContaining({ kind: 'leak', object: 'rows', releasedBy: 'afterReturn', call: 0 })]);
  });

  it('a context that ends while the call is still running (a deadline mid-statement) is the call\'s error path, not a leak', async () => {
    const transfer: Program = function* (ctx, db) {
      const [tx, err] = yield* db.beginTx(ctx, {}, site(70, 13));
      if (err) return { results: [], err };
      try {
        const [, e] = yield* tx!.execContext(ctx, 'UPDATE users SET name = name WHERE id = 1');
        if (e) return { results: [], err: e };
        return { results: [], err: yield* tx!.commit() };
      } finally {
        yield* tx!.rollback(); // defer tx.Rollback()
      }
    };
    const run = await runTs(transfer, { name: 'slow/deadline', seed: 9, calls: 3, context: { deadlineMs: 100 }, faults: { rules: [{ on: 'exec', sql: 'UPDATE users', times: 'always', inject: { kind: 'latency', ms: 2000 } }] } });
    expect(run.calls.map((c) => c.error?.is)).toEqual([['context.DeadlineExceeded'], ['context.DeadlineExceeded'], ['context.DeadlineExceeded']]);
    expect(findLeaks(run, 'slow/deadline')).toEqual([]);
  });
});
