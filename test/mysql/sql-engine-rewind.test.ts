import { beforeAll, describe, expect, it } from 'vitest';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { ServerError } from '../../src/mysql/server-error.ts';
import { Rng } from '../../src/sim/rng.ts';
import { loadSqlJs } from './load-sqljs.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';
import type { SqlValue, StatementResult } from '../../src/mysql/sql-values.ts';

let sqljs: SqlJs;
beforeAll(async () => { sqljs = await loadSqlJs(); });

function seeded(seed = 3): SqlEngine {
  const e = SqlEngine.create(sqljs);
  seedCourseDatabase(e, new Rng(seed));
  return e;
}

function outcome(e: SqlEngine, sql: string, params: SqlValue[] = []): StatementResult | string {
  try {
    return e.run(sql, params);
  } catch (err) {
    expect(err).toBeInstanceOf(ServerError);
    return `${(err as ServerError).number}: ${(err as ServerError).message}`;
  }
}

const PROBES = [
  'SELECT * FROM users ORDER BY id',
  'SELECT * FROM orders ORDER BY id',
  'SELECT * FROM products ORDER BY id',
  'SELECT COUNT(*) FROM audit_log',
  'SELECT * FROM scratch',
];

describe('SqlEngine checkpoint and rewind', () => {
  it('rewind undoes inserts, updates, deletes and created tables: the data equals a fresh engine again', () => {
    const fresh = seeded();
    const e = seeded();
    e.checkpoint();
    for (let round = 0; round < 3; round++) {
      e.run('UPDATE products SET stock = stock - ? WHERE id <= ?', [1, 10]);
      e.run('DELETE FROM orders WHERE id % 3 = 0', []);
      e.run('INSERT INTO users VALUES (?, ?, ?)', [900 + round, 'x', 'x@example.test']);
      e.run('CREATE TABLE scratch (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(8) UNIQUE)', []);
      e.run("INSERT INTO scratch (v) VALUES ('a')", []);
      expect(outcome(e, 'SELECT COUNT(*) FROM users')).not.toEqual(outcome(fresh, 'SELECT COUNT(*) FROM users'));
      expect(e.rewind()).toBe(true);
      for (const q of PROBES) expect(outcome(e, q), q).toEqual(outcome(fresh, q));
    }
  });

  it('after a rewind, LAST_INSERT_ID() and a DDL statement\'s affected rows are those of a fresh engine', () => {
    const e = seeded();
    e.checkpoint();
    e.run("INSERT INTO products (name, price_cents, stock) VALUES ('x', 1, 1)", []);
    e.run('UPDATE products SET stock = 2', []);
    expect(e.rewind()).toBe(true);
    const fresh = seeded();
    const probe = (x: SqlEngine) => [outcome(x, 'SELECT LAST_INSERT_ID()'), outcome(x, 'CREATE TABLE t2 (id INT)')];
    // The seeding's own inserts leave LAST_INSERT_ID() non-zero on the fresh engine, so compare with one reopened from its file.
    const reopened = reopen(fresh);
    expect(probe(e)).toEqual(probe(reopened));
    expect(probe(reopened)[0]).toMatchObject({ kind: 'rows', rows: [[0]] });
  });

  it('rewind forgets keys learnt from a CREATE TABLE after the checkpoint: the 1062 key name comes from the schema again', () => {
    const e = seeded();
    e.checkpoint();
    e.run('CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(64), UNIQUE KEY uniq_email (email))', []);
    expect(e.uniqueKeys('accounts').map((k) => k.name)).toEqual(['PRIMARY', 'uniq_email']);
    expect(e.rewind()).toBe(true);
    expect(e.uniqueKeys('accounts')).toEqual([]);
    expect(e.uniqueKeys('users').map((k) => k.name)).toEqual(['PRIMARY']);
    e.run('CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(64), UNIQUE KEY by_email (email))', []);
    e.run("INSERT INTO accounts (email) VALUES ('a@x')", []);
    expect(outcome(e, "INSERT INTO accounts (email) VALUES ('a@x')")).toBe("1062: Duplicate entry 'a@x' for key 'accounts.by_email'");
  });

  it('check does not trust a statement prepared before the table it reads was dropped or rolled back', () => {
    const e = seeded();
    e.checkpoint();
    e.run('CREATE TABLE t (id INT)', []);
    expect(e.check('SELECT id FROM t')).toBeNull();
    e.run('SELECT id FROM t', []);
    expect(e.rewind()).toBe(true);
    expect(e.check('SELECT id FROM t')?.number).toBe(1146);
    expect(e.check('SELECT id FROM users')).toBeNull();
    e.run('SELECT id FROM users', []);
    e.run('DROP TABLE users', []);
    expect(e.check('SELECT id FROM users')?.number).toBe(1146);
    expect(e.rewind()).toBe(true);
    expect(e.check('SELECT id FROM users')).toBeNull();
  });

  it('a cached statement run again without parameters binds NULL, as a newly prepared one does', () => {
    const e = seeded();
    const q = 'SELECT id FROM users WHERE id = ? OR ? IS NULL ORDER BY id LIMIT 2';
    expect(e.run(q, [7, 1])).toMatchObject({ rows: [[7]] });
    expect(e.run(q, [])).toMatchObject({ rows: [[1], [2]] });
    expect(e.run(q, [9, 1])).toMatchObject({ rows: [[9]] });
  });

  it('a streamed result left open at the rewind is closed, and the same query can stream twice at once', () => {
    const e = seeded();
    e.checkpoint();
    const q = 'SELECT * FROM orders ORDER BY id';
    const a = e.run(q, [], undefined, { streamAfterBytes: 256 });
    const b = e.run(q, [], undefined, { streamAfterBytes: 256 });
    if (a.kind !== 'rows' || b.kind !== 'rows' || !a.rest || !b.rest) throw new Error('expected two streamed results');
    expect(a.rest.next(5)).toEqual(b.rest.next(5));
    e.run('DELETE FROM audit_log', []);
    expect(e.rewind()).toBe(true);
    expect(a.rest.done && b.rest.done).toBe(true);
    const whole = e.run(q, []);
    expect(whole.kind === 'rows' && whole.rows.length).toBe(200);
    expect(outcome(e, 'SELECT COUNT(*) FROM audit_log')).toMatchObject({ rows: [[100]] });
  });

  it('a transaction statement that reaches SQLite runs as it would without a checkpoint, and then rewind refuses', () => {
    const fresh = reopen(seeded());
    const e = reopen(seeded());
    e.checkpoint();
    expect(outcome(e, 'END')).toEqual(outcome(fresh, 'END'));
    expect(outcome(e, 'SAVEPOINT s1')).toEqual(outcome(fresh, 'SAVEPOINT s1'));
    expect(outcome(e, 'RELEASE SAVEPOINT s1')).toEqual(outcome(fresh, 'RELEASE SAVEPOINT s1'));
    expect(e.rewind()).toBe(false);
  });

  it('an information_schema table the server does not fill fails as it does on an engine without a checkpoint', () => {
    const fresh = seeded();
    const e = seeded();
    e.checkpoint();
    expect(outcome(e, 'SELECT * FROM information_schema.TABLES')).toEqual(outcome(fresh, 'SELECT * FROM information_schema.TABLES'));
    expect(e.check('SELECT * FROM information_schema.TABLES')).toEqual(fresh.check('SELECT * FROM information_schema.TABLES'));
  });
});

/** reopen opens a new engine on an engine's database file, as the dataset cache does. */
function reopen(e: SqlEngine): SqlEngine {
  const bytes = e.exportBytes();
  const r = SqlEngine.create({ Database: function Reopened() { return new sqljs.Database(bytes); } } as unknown as SqlJs);
  for (const q of ['CREATE TABLE IF NOT EXISTS users(id INT PRIMARY KEY, name VARCHAR(64), email VARCHAR(128))']) r.run(q, []);
  return r;
}
