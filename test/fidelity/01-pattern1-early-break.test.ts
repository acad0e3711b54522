import { describe, expect, it } from 'vitest';
import { background, withTimeout, type Context } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import type { DB } from '../../src/pool/db.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('01-pattern1-early-break');
const q = 'SELECT id, name, email FROM users ORDER BY id';
const A = 'A-ctx2s-never-cancelled-spaced50ms';
const C = 'C-ctx2s-defer-cancel-in-helper';
const D = 'D-leak-with-background-ctx-then-2s-waiters';

/** leakOnce is the program's buggy call: QueryContext, read the first row, never Close. */
function* leakOnce(gt: GT, db: DB, ctx: Context, i: number): Generator<unknown, boolean, unknown> {
  const [rows, err] = yield* db.queryContext(ctx, q);
  if (err) { gt.err('query-error', err, { i }); return false; }
  if (yield* rows!.next()) rows!.scan({ kind: 'int', set: () => {} }, { kind: 'string', set: () => {} }, { kind: 'string', set: () => {} });
  return true;
}

function callStarts(variant: string): number[] {
  const note = trace.events.find((e) => e.variant === variant && e.label === 'calls')!;
  return (note.data as { start_ms: number }[]).map((c) => c.start_ms);
}

describe('fidelity 01-pattern1-early-break', () => {
  it('replays break-without-Close: a leak lasts as long as the Rows\' context (variants A, C, D)', async () => {
    const gt = await GT.create();
    const oks: boolean[][] = [];
    gt.run(function* (gt) {
      // A: each call's 2 s ctx is never cancelled; calls start when the real run started them (its
      // time.Sleep(50ms) drifted by ~1 ms per call), so the 6th call waits for the 1st ctx to expire.
      gt.variant(A);
      let db = gt.open();
      db.setMaxOpenConns(5);
      const starts = callStarts(A);
      const t0 = gt.world.now();
      const okA: boolean[] = [];
      const cancels: (() => void)[] = [];
      for (let i = 1; i <= 10; i++) {
        yield* gt.world.sleep(t0 + starts[i - 1]! * Millisecond - gt.world.now());
        const [ctx, cancel] = withTimeout(background(gt.world), 2 * Second);
        cancels.push(cancel);
        okA.push(yield* leakOnce(gt, db, ctx, i));
        if (i === 5 || i === 6) yield* gt.snap(`after-call-0${i}`, db);
      }
      yield* gt.world.sleep(50 * Millisecond);
      yield* gt.snap('after-10-calls', db);
      yield* gt.world.sleep(2200 * Millisecond);
      yield* gt.snap('after-all-ctx-expired(+2.2s)', db);
      for (const c of cancels) c();
      oks.push(okA);
      yield* db.close();
      yield* gt.killAppConns();

      // C: the idiomatic helper with defer cancel(): the cancel closes the leaked Rows (and the driver the conn).
      gt.variant(C);
      db = gt.open();
      db.setMaxOpenConns(5);
      const okC: boolean[] = [];
      for (let i = 1; i <= 10; i++) {
        const [ctx, cancel] = withTimeout(background(gt.world), 2 * Second);
        okC.push(yield* leakOnce(gt, db, ctx, i));
        cancel();
      }
      yield* gt.snap('after-10-calls', db);
      yield* gt.world.sleep(300 * Millisecond);
      yield* gt.snap('after(+300ms)', db);
      oks.push(okC);
      yield* db.close();
      yield* gt.killAppConns();

      // D: five leaks with a ctx that never ends, then five 2 s waiters that all time out.
      gt.variant(D);
      db = gt.open();
      db.setMaxOpenConns(5);
      const okD: boolean[] = [];
      for (let i = 1; i <= 10; i++) {
        if (i <= 5) okD.push(yield* leakOnce(gt, db, background(gt.world), i));
        else {
          const [ctx, cancel] = withTimeout(background(gt.world), 2 * Second);
          okD.push(yield* leakOnce(gt, db, ctx, i));
          cancel();
        }
        if (i === 5 || i === 6) yield* gt.snap(`after-call-0${i}`, db);
      }
      yield* gt.snap('after-10-calls', db);
      oks.push(okD);
      yield* db.close();
      yield* gt.killAppConns();
    });
    expectMatches(gt, trace, { variants: [A, C, D] });
    expect(oks).toEqual([Array(10).fill(true), Array(10).fill(true), [...Array(5).fill(true), ...Array(5).fill(false)]]);
  });
});
