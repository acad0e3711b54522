import { describe, expect, it } from 'vitest';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import { poolStack, runAll, expectNoLeaks } from './stack.ts';

describe('bad input gives the real stack\'s text', () => {
  it('a malformed DSN fails sql.Open with the driver\'s error; an unknown driver with database/sql\'s', async () => {
    const s = await poolStack();
    expect(s.registry.open(s.world, 'mysql', 'app:pw@tcp(127.0.0.1:3306')[1]?.Error()).toBe('invalid DSN: missing the slash separating the database name');
    expect(s.registry.open(s.world, 'mysql', 'app:pw@tcp(127.0.0.1:3306/course')[1]?.Error()).toBe('invalid DSN: network address not terminated (missing closing brace)');
    expect(s.registry.open(s.world, 'mysql', 'app@tcp(127.0.0.1:3306)/course?parseTime=maybe')[1]?.Error()).toBe('invalid bool value: maybe');
    expect(s.registry.open(s.world, 'mysqll', 'app@tcp(127.0.0.1:3306)/course')[1]?.Error()).toBe('sql: unknown driver "mysqll" (forgotten import?)');
  });

  it('SQL sql.js rejects comes back as MySQL\'s error; Scan into the wrong number or type of destinations as database/sql\'s', async () => {
    const s = await poolStack();
    const db = s.open();
    const out: (string | undefined)[] = [];
    s.world.spawn('g', function* () {
      out.push((yield* db.query('SELECT id FROM users WHERE'))[1]?.Error());
      out.push((yield* db.exec('INSERT INTO users (id, name) VALUES (1, ?)', ['dup']))[1]?.Error());
      out.push((yield* db.query('SELECT nosuch FROM users'))[1]?.Error());
      out.push((yield* db.exec('DELETE FROM missing WHERE id = 1'))[1]?.Error());
      const r1 = yield* db.queryRow('SELECT id, name FROM users WHERE id = 1');
      out.push((yield* r1.scan({ kind: 'int', set: () => {} }))?.Error());
      const r2 = yield* db.queryRow('SELECT name FROM users WHERE id = 1');
      out.push((yield* r2.scan({ kind: 'int', set: () => {} }))?.Error());
      yield* db.close();
    });
    runAll(s.world);
    expect(out).toEqual([
      "Error 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '' at line 1",
      "Error 1062 (23000): Duplicate entry '1' for key 'users.PRIMARY'",
      "Error 1054 (42S22): Unknown column 'nosuch' in 'field list'",
      "Error 1146 (42S02): Table 'course.missing' doesn't exist",
      'sql: expected 2 destination arguments in Scan, not 1',
      'sql: Scan error on column index 0, name "name": converting driver.Value type []uint8 ("user01") to a int: invalid syntax',
    ]);
    expectNoLeaks(s, [db]);
  });

  it('an invalid fault plan is refused with what is wrong and where', () => {
    const r = parseFaultPlan({ rules: [{ on: 'query', inject: { kind: 'error', number: 0, sqlState: 'HY000', message: '' } }], extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith('fault plan: rules[0].inject.number: '))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('fault plan: rules[0].inject.message: '))).toBe(true);
    expect(r.errors.some((e) => e.includes('extra'))).toBe(true);
  });
});
