import { beforeAll, describe, expect, it } from 'vitest';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { ServerError } from '../../src/mysql/server-error.ts';
import { Rng } from '../../src/sim/rng.ts';
import { loadSqlJs } from './load-sqljs.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';

let sqljs: SqlJs;
beforeAll(async () => { sqljs = await loadSqlJs(); });

function seeded(seed = 1): SqlEngine {
  const e = SqlEngine.create(sqljs);
  seedCourseDatabase(e, new Rng(seed));
  return e;
}

function failure(e: SqlEngine, sql: string, params: unknown[] = []): ServerError {
  try {
    e.run(sql, params as never);
  } catch (err) {
    expect(err).toBeInstanceOf(ServerError);
    return err as ServerError;
  }
  throw new Error(`expected ${sql} to fail`);
}

describe('SqlEngine', () => {
  it('seeds the fidelity users table: 50 rows named user01..user50', () => {
    const e = seeded();
    const r = e.run('SELECT id, name, email FROM users ORDER BY id', []);
    expect(r.kind).toBe('rows');
    if (r.kind !== 'rows') return;
    expect(r.rows.length).toBe(50);
    expect(r.rows[0]).toEqual([1, 'user01', 'user01@example.test']);
    expect(r.rows[49]).toEqual([50, 'user50', 'user50@example.test']);
    expect(r.columns.map((c) => c.type)).toEqual(['LONG', 'VAR_STRING', 'VAR_STRING']);
  });

  it('generates the same orders for the same seed and different ones for another seed', () => {
    const q = 'SELECT user_id, product_id, quantity, status FROM orders ORDER BY id';
    expect(seeded(7).run(q, [])).toEqual(seeded(7).run(q, []));
    expect(seeded(7).run(q, [])).not.toEqual(seeded(8).run(q, []));
  });

  it('honours table sizes', () => {
    const e = SqlEngine.create(sqljs);
    seedCourseDatabase(e, new Rng(1), { users: 3, products: 2, orders: 5, auditLog: 0 });
    const r = e.run('SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM audit_log)', []);
    expect(r.kind === 'rows' && r.rows[0]).toEqual([3, 5, 0]);
  });

  it('runs backticks, LIMIT ?, NOW() on the virtual clock and AUTO_INCREMENT', () => {
    const e = seeded();
    const r = e.run('SELECT `name` FROM `users` WHERE id > ? ORDER BY id LIMIT ?', [10, 2]);
    expect(r.kind === 'rows' && r.rows).toEqual([['user11'], ['user12']]);
    e.run('CREATE TABLE `t` (`id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT, `v` VARCHAR(10), `at` DATETIME, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4', []);
    const ins = e.run('INSERT INTO t (v, at) VALUES (?, NOW())', ['a'], { now: '2000-01-01 00:00:05' });
    expect(ins).toEqual({ kind: 'ok', affectedRows: 1, lastInsertId: 1 });
    expect(e.run('INSERT INTO t (v, at) VALUES ("b", CURRENT_TIMESTAMP)', [])).toMatchObject({ lastInsertId: 2 });
    const sel = e.run('SELECT at FROM t ORDER BY id', []);
    expect(sel.kind === 'rows' && sel.rows).toEqual([['2000-01-01 00:00:05'], ['2000-01-01 00:00:05']]);
    expect(sel.kind === 'rows' && sel.columns[0]!.type).toBe('DATETIME');
  });

  it('reports MySQL 1064 with the text from the failing token on', () => {
    const err = failure(seeded(), 'SELECT * FORM users');
    expect([err.number, err.sqlState]).toEqual([1064, '42000']);
    expect(err.message).toBe("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FORM users' at line 1");
  });

  it('reports 1064 for a second statement (multiStatements is off)', () => {
    expect(failure(seeded(), 'SELECT 1; DROP TABLE users').message).toContain("near 'DROP TABLE users' at line 1");
  });

  it('reports 1146 with the database name', () => {
    const err = failure(seeded(), 'SELECT id FROM missing_table');
    expect([err.number, err.sqlState, err.message]).toEqual([1146, '42S02', "Table 'course.missing_table' doesn't exist"]);
  });

  it('reports 1054 naming the clause', () => {
    expect(failure(seeded(), 'SELECT nope FROM users').message).toBe("Unknown column 'nope' in 'field list'");
    const w = failure(seeded(), 'SELECT id FROM users WHERE nope = 1');
    expect([w.number, w.sqlState, w.message]).toEqual([1054, '42S22', "Unknown column 'nope' in 'where clause'"]);
  });

  it('reports 1062 with the duplicate value and the table.key name', () => {
    const e = seeded();
    const pk = failure(e, 'INSERT INTO users (id, name, email) VALUES (?, ?, ?)', [3, 'x', 'y']);
    expect([pk.number, pk.sqlState, pk.message]).toEqual([1062, '23000', "Duplicate entry '3' for key 'users.PRIMARY'"]);
    e.run('CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(64), UNIQUE KEY uniq_email (email))', []);
    e.run("INSERT INTO accounts (email) VALUES ('a@x')", []);
    expect(failure(e, "INSERT INTO accounts (email) VALUES ('a@x')").message).toBe("Duplicate entry 'a@x' for key 'accounts.uniq_email'");
  });

  it('reports 1048 for NULL in a NOT NULL column', () => {
    expect(failure(seeded(), 'INSERT INTO products (name, price_cents, stock) VALUES (NULL, 1, 1)').message).toBe("Column 'name' cannot be null");
  });

  it('check finds prepare-time errors without running the statement', () => {
    const e = seeded();
    expect(e.check('DELETE FROM users')).toBeNull();
    expect(e.check('SELECT * FROM nope')?.number).toBe(1146);
    expect(e.run('SELECT COUNT(*) FROM users', []).kind === 'rows').toBe(true);
    expect(e.paramCount('SELECT ? + ?, "?"')).toBe(2);
  });
});
