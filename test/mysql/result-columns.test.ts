// Result column metadata: the field type and flags the simulated MySQL 8.0 server reports for each column.
import { beforeAll, describe, expect, it } from 'vitest';
import { SqlEngine, mysqlDivision } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { declaredMeta, aggregateMeta, meta, parseCreateTable } from '../../src/mysql/column-types.ts';
import { significant, tokenize } from '../../src/mysql/tokenize.ts';
import { resultColumnMetas } from '../../src/mysql/result-columns.ts';
import { Rng } from '../../src/sim/rng.ts';
import { loadSqlJs } from './load-sqljs.ts';
import type { Column } from '../../src/mysql/sql-values.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';

let sqljs: SqlJs;
beforeAll(async () => { sqljs = await loadSqlJs(); });

function engine(): SqlEngine {
  const e = SqlEngine.create(sqljs);
  seedCourseDatabase(e, new Rng(1), { users: 3, products: 2, orders: 4, auditLog: 2 });
  e.run('CREATE TABLE money (id INT UNSIGNED PRIMARY KEY, cents BIGINT UNSIGNED, price DECIMAL(10,2), ratio FLOAT, at TIMESTAMP(3), label CHAR(3), body TEXT, raw VARBINARY(8), state ENUM(\'a\',\'b\'))', []);
  e.run("INSERT INTO money VALUES (1, 250, 12.5, 0.5, '2024-01-02 03:04:05.678', 'abc', 'txt', 'r', 'a')", []);
  return e;
}

function columns(e: SqlEngine, sql: string, params: unknown[] = []): Omit<Column, 'name'>[] {
  const r = e.run(sql, params as never);
  if (r.kind !== 'rows') throw new Error(`${sql}: no rows`);
  return r.columns.map(({ name: _n, ...m }) => m);
}

const typeOf = (e: SqlEngine, sql: string, params: unknown[] = []) => columns(e, sql, params).map((c) => c.type);

describe('declared column types', () => {
  it('map MySQL column types to the field types a MySQL 8.0 server sends', () => {
    const d = (s: string) => declaredMeta(significant(tokenize(s)));
    expect(d('TINYINT(1)')).toEqual({ type: 'TINY' });
    expect(d('BOOLEAN')).toEqual({ type: 'TINY' });
    expect(d('INT(11) UNSIGNED NOT NULL')).toEqual({ type: 'LONG', unsigned: true });
    expect(d('BIGINT ZEROFILL')).toEqual({ type: 'LONGLONG', unsigned: true });
    expect(d('SERIAL')).toEqual({ type: 'LONGLONG', unsigned: true });
    expect(d('DECIMAL(12,3)')).toEqual({ type: 'NEWDECIMAL', decimals: 3 });
    expect(d('FLOAT(30)')).toEqual({ type: 'DOUBLE' });
    expect(d('DATETIME(6)')).toEqual({ type: 'DATETIME', decimals: 6 });
    expect(d('VARCHAR(10) CHARACTER SET binary')).toEqual({ type: 'VAR_STRING', binary: true });
    expect(d('MEDIUMTEXT')).toEqual({ type: 'BLOB' });
    expect(d('LONGBLOB')).toEqual({ type: 'BLOB', binary: true });
    expect(d("ENUM('x','y')")).toEqual({ type: 'STRING' });
  });

  it('reads a CREATE TABLE column list, skipping keys and constraints', () => {
    const t = parseCreateTable('CREATE TABLE IF NOT EXISTS `course`.`t` (`id` INT AUTO_INCREMENT, v VARCHAR(3), PRIMARY KEY (id), KEY k (v), CONSTRAINT c CHECK (id > 0))');
    expect(t).toEqual({ name: 't', columns: [{ name: 'id', meta: { type: 'LONG' } }, { name: 'v', meta: { type: 'VAR_STRING' } }] });
    expect(parseCreateTable('CREATE TABLE t2 LIKE t')).toBeNull();
  });

  it('merge like IF/COALESCE/UNION: widest integer, decimals over integers, doubles over both, strings over all', () => {
    expect(aggregateMeta([meta('LONG'), meta('LONGLONG')])).toEqual({ type: 'LONGLONG' });
    expect(aggregateMeta([meta('LONG', { unsigned: true }), meta('TINY', { unsigned: true })])).toEqual({ type: 'LONG', unsigned: true });
    expect(aggregateMeta([meta('NEWDECIMAL', { decimals: 2 }), meta('LONGLONG')])).toEqual({ type: 'NEWDECIMAL', decimals: 2 });
    expect(aggregateMeta([meta('NEWDECIMAL', { decimals: 2 }), meta('DOUBLE')])).toEqual({ type: 'DOUBLE' });
    expect(aggregateMeta([meta('NULL'), meta('DATE')])).toEqual({ type: 'DATE' });
    expect(aggregateMeta([meta('DATE'), meta('DATETIME')])).toEqual({ type: 'DATETIME' });
    expect(aggregateMeta([meta('LONG'), meta('VAR_STRING')])).toEqual({ type: 'VAR_STRING' });
  });
});

describe('result columns of SELECT', () => {
  it('take each referenced column\'s declared type, through aliases, joins and *', () => {
    const e = engine();
    expect(typeOf(e, 'SELECT id, name, email FROM users')).toEqual(['LONG', 'VAR_STRING', 'VAR_STRING']);
    expect(columns(e, 'SELECT * FROM money')).toEqual([
      { type: 'LONG', unsigned: true }, { type: 'LONGLONG', unsigned: true }, { type: 'NEWDECIMAL', decimals: 2 }, { type: 'FLOAT' },
      { type: 'TIMESTAMP', decimals: 3 }, { type: 'STRING' }, { type: 'BLOB' }, { type: 'VAR_STRING', binary: true }, { type: 'STRING' },
    ]);
    expect(typeOf(e, 'SELECT o.id, o.created_at, u.email AS mail FROM orders o JOIN users AS u ON u.id = o.user_id ORDER BY o.id LIMIT 1'))
      .toEqual(['LONG', 'DATETIME', 'VAR_STRING']);
    expect(typeOf(e, 'SELECT u.*, m.price FROM users u, money m WHERE u.id = 1')).toEqual(['LONG', 'VAR_STRING', 'VAR_STRING', 'NEWDECIMAL']);
    expect(typeOf(e, 'SELECT x.n FROM (SELECT COUNT(*) AS n FROM users) AS x')).toEqual(['LONGLONG']);
    expect(typeOf(e, 'SELECT GROUP_CONCAT(name) FROM users')).toEqual(['BLOB']);
  });

  it('follow MySQL 8.0 for aggregates: COUNT is BIGINT, SUM/AVG of integers or decimals are DECIMAL, of doubles DOUBLE', () => {
    const e = engine();
    expect(columns(e, 'SELECT COUNT(*), SUM(users.id), AVG(users.id), SUM(price), AVG(price), SUM(ratio), MIN(at), MAX(name) FROM money, users')).toEqual([
      { type: 'LONGLONG' }, { type: 'NEWDECIMAL' }, { type: 'NEWDECIMAL', decimals: 4 }, { type: 'NEWDECIMAL', decimals: 2 },
      { type: 'NEWDECIMAL', decimals: 6 }, { type: 'DOUBLE' }, { type: 'TIMESTAMP', decimals: 3 }, { type: 'VAR_STRING' },
    ]);
    expect(columns(e, 'SELECT COALESCE(SUM(price), 0), IFNULL(MAX(id), 0) FROM money')).toEqual([{ type: 'NEWDECIMAL', decimals: 2 }, { type: 'LONGLONG' }]);
  });

  it('type literals, functions, arithmetic, comparisons, CASE, CAST and scalar subqueries', () => {
    const e = engine();
    expect(columns(e, "SELECT 1, -1, 2.50, 1e3, 'x', NULL, TRUE, 18446744073709551615")).toEqual([
      { type: 'LONGLONG' }, { type: 'LONGLONG' }, { type: 'NEWDECIMAL', decimals: 2 }, { type: 'DOUBLE' }, { type: 'VAR_STRING' },
      { type: 'NULL' }, { type: 'LONGLONG' }, { type: 'LONGLONG', unsigned: true },
    ]);
    expect(columns(e, 'SELECT CONNECTION_ID(), LAST_INSERT_ID(), NOW(), CURDATE(), UNIX_TIMESTAMP(), RAND(), VERSION(), SLEEP(0)')).toEqual([
      { type: 'LONGLONG', unsigned: true }, { type: 'LONGLONG', unsigned: true }, { type: 'DATETIME' }, { type: 'DATE' },
      { type: 'LONGLONG' }, { type: 'DOUBLE' }, { type: 'VAR_STRING' }, { type: 'LONGLONG' },
    ]);
    expect(columns(e, 'SELECT money.id + 1, money.id / 2, 7 DIV 2, price * 2, price + ratio, users.id = 1, name LIKE ?, cents | 1 FROM money, users WHERE users.id = 1', ['u%'])).toEqual([
      { type: 'LONGLONG', unsigned: true }, { type: 'NEWDECIMAL', decimals: 4 }, { type: 'LONGLONG' }, { type: 'NEWDECIMAL', decimals: 2 },
      { type: 'DOUBLE' }, { type: 'LONGLONG' }, { type: 'LONGLONG' }, { type: 'LONGLONG', unsigned: true },
    ]);
    expect(columns(e, "SELECT CASE WHEN id > 1 THEN id ELSE 0 END, IF(id, 'a', 'b'), CAST(id AS CHAR), CAST('5' AS SIGNED), CAST(7 AS UNSIGNED), CAST(2 AS DECIMAL(5,2)), (SELECT COUNT(*) FROM users), ROUND(price, 1) FROM money")).toEqual([
      { type: 'LONGLONG' }, { type: 'VAR_STRING' }, { type: 'VAR_STRING' }, { type: 'LONGLONG' }, { type: 'LONGLONG', unsigned: true },
      { type: 'NEWDECIMAL', decimals: 2 }, { type: 'LONGLONG' }, { type: 'NEWDECIMAL', decimals: 1 },
    ]);
  });

  it('type date arithmetic as MySQL does, even where sql.js cannot run it', () => {
    const lookup = (_s: string | null, t: string) => t !== 't' ? undefined : ({ name: 't', columns: [{ name: 'd', meta: meta('DATE') }, { name: 'at', meta: meta('DATETIME', { decimals: 3 }) }] });
    expect(resultColumnMetas("SELECT DATE_ADD(d, INTERVAL 1 DAY), d + INTERVAL 2 HOUR, DATE_SUB(at, INTERVAL 1 MONTH), ADDDATE('2024-01-01', 3), SUM(DISTINCT at) FROM t", lookup)).toEqual([
      { type: 'DATE' }, { type: 'DATETIME' }, { type: 'DATETIME', decimals: 3 }, { type: 'VAR_STRING' }, { type: 'NEWDECIMAL', decimals: 3 },
    ]);
    expect(resultColumnMetas('SELECT @x, ?, UNKNOWN_FN(1), nope FROM t', lookup)).toEqual([null, null, null, null]);
    expect(resultColumnMetas('SELECT d FROM missing_table', lookup)).toEqual([null]);
    expect(resultColumnMetas('UPDATE t SET d = NOW()', lookup)).toBeNull();
  });

  it('merge the branches of a UNION and read information_schema with MySQL 8.0\'s types', () => {
    const e = engine();
    expect(typeOf(e, 'SELECT id FROM users UNION ALL SELECT cents FROM money')).toEqual(['LONGLONG']);
    e.setVirtualTable('PROCESSLIST', ['ID', 'USER', 'HOST', 'DB', 'COMMAND', 'TIME', 'STATE', 'INFO'], [[1, 'app', 'h', 'course', 'Sleep', 3, '', null]]);
    expect(columns(e, 'SELECT ID, TIME, INFO FROM information_schema.PROCESSLIST')).toEqual([{ type: 'LONGLONG', unsigned: true }, { type: 'LONG' }, { type: 'VAR_STRING' }]);
  });

  it('type what the statement does not tell (a ? in the select list, a user variable) from the values', () => {
    const e = engine();
    expect(typeOf(e, 'SELECT ?, ?, ?', [5, 'x', 2.5])).toEqual(['LONGLONG', 'VAR_STRING', 'DOUBLE']);
    expect(typeOf(e, 'SELECT ?', [null])).toEqual(['NULL']);
  });

  it('follow the schema: ALTER TABLE ADD, DROP and re-CREATE, and a rewind to a checkpoint', () => {
    const e = engine();
    e.checkpoint();
    e.run('ALTER TABLE users ADD COLUMN score DOUBLE', []);
    expect(typeOf(e, 'SELECT score FROM users')).toEqual(['DOUBLE']);
    e.run('DROP TABLE money', []);
    e.run('CREATE TABLE money (id BIGINT)', []);
    expect(typeOf(e, 'SELECT id FROM money')).toEqual(['LONGLONG']);
    expect(e.rewind()).toBe(true);
    expect(columns(e, 'SELECT id FROM money')).toEqual([{ type: 'LONG', unsigned: true }]);
  });
});

describe('MySQL arithmetic on SQLite', () => {
  it('divides exactly with / and in integers with DIV', () => {
    const e = engine();
    const r = e.run('SELECT -5 / 2, 7 DIV 2, 1 / 0, 9 / 3 / 2', []);
    expect(r.kind === 'rows' && r.rows[0]).toEqual([-2.5, 3, null, 1.5]);
    expect(mysqlDivision('SELECT a /* c */ / b')).toBe('SELECT a /* c */ * 1.0 / b');
    expect(mysqlDivision("SELECT '1/2'")).toBe("SELECT '1/2'");
  });
});
