// The driver rows' synchronous forms (nextNow, closeNow) do what next and close do while the rows are buffered,
// and step aside (undefined, nothing done) exactly when next or close would wait for the server.
import { describe, expect, it } from 'vitest';
import { background } from '../../src/sim/context.ts';
import { EOF, type Value } from '../../src/pool/driver.ts';
import { MysqlRows } from '../../src/pool/mysqldriver/rows.ts';
import { connector, dial, newStack } from './harness.ts';

const BIG = "SELECT a.id, b.id, REPEAT('x', 1000) FROM users a, users b";

describe('MysqlRows.nextNow and closeNow', () => {
  it('read a buffered result to io.EOF without waiting and close it at once', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s));
      const [rows] = yield* conn.query!(background(s.world), 'SELECT id FROM users WHERE id <= 3 ORDER BY id', []);
      const r = rows as MysqlRows;
      const dest: Value[] = [null];
      for (let i = 0; i < 4; i++) out.push([r.nextNow(dest), dest[0]]);
      out.push(r.closeNow());
      yield* conn.close();
    });
    s.world.run();
    expect(out).toEqual([[null, 1n], [null, 2n], [null, 3n], [EOF, 3n], null]);
  });

  it('step aside at the end of the first buffer of a streamed result, while next reads on', async () => {
    const s = await newStack();
    const out: Record<string, unknown> = {};
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s));
      const [rows] = yield* conn.query!(background(s.world), BIG, []);
      const r = rows as MysqlRows;
      const dest: Value[] = [null, null, null];
      let buffered = 0;
      while (r.nextNow(dest) === null) buffered++;
      out.buffered = buffered;
      out.again = r.nextNow(dest);
      out.closeNow = r.closeNow();
      let total = buffered;
      while ((yield* r.next(dest)) === null) total++;
      out.total = total;
      out.after = [r.nextNow(dest), r.closeNow()];
      yield* conn.close();
    });
    s.world.run();
    expect(out.again).toBeUndefined();
    expect(out.closeNow).toBeUndefined();
    expect(out.buffered).toBeGreaterThan(1);
    expect(out.buffered).toBeLessThan(2500);
    expect(out.total).toBe(2500);
    expect(out.after).toEqual([EOF, null]);
  });
});
