/**
 * The lab's SQL console: a `root` session opened on the simulated server at the instant a run stops,
 * sending statements as the mysql client does (COM_QUERY), and the statement engine that lets it read
 * information_schema while the service's own statements stay on the latency-only model.
 */
import type { Nanos } from '../sim/time.ts';
import type { World } from '../sim/world.ts';
import { LatencyOnlyEngine } from '../mysql/latency-only-engine.ts';
import type { MysqlServer } from '../mysql/server.ts';
import { ServerError } from '../mysql/server-error.ts';
import { SqlEngine, type StatementEnv } from '../mysql/sql-engine.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import type { Column, SqlValue, StatementResult } from '../mysql/sql-values.ts';
import type { StatementEngine } from '../mysql/statement-engine.ts';
import type { Pending, Reply } from '../mysql/wire.ts';

/** ConsoleValue is one cell of a console answer (BLOBs are shown as text). */
export type ConsoleValue = string | number | null;

/** ConsoleResult is one statement's answer: a result set, an OK, or the server's error as the mysql client prints it. */
export interface ConsoleResult {
  sql: string;
  /** atNs is the virtual instant the answer arrived. */
  atNs: Nanos;
  columns: string[];
  rows: ConsoleValue[][];
  /** affected is the OK packet's affected-rows count (null for a result set or an error). */
  affected: number | null;
  error: string | null;
}

const INFO_SCHEMA = /information_schema/i;

/** SERVICE_RESULT is the size of every modelled result: the service's `SELECT id, user_id, total ... LIMIT 10`. */
const SERVICE_RESULT = { rowsPerSelect: 10, columns: 3 };

/** TEXT_COLUMNS are the modelled result's columns: character columns, which the driver returns as []byte. */
const TEXT_COLUMNS: Column[] = ['id', 'c1', 'c2'].map((name) => ({ name, type: 'VAR_STRING' }));

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/** LabEngine answers the service's statements from the latency-only model and information_schema queries with sql.js (when given). */
export class LabEngine implements StatementEngine {
  readonly database = 'course';
  private readonly latency = new LatencyOnlyEngine(SERVICE_RESULT);
  // the model's cells as text-protocol bytes, made once: the driver hands a []byte cell of a character
  // column to the caller as it is (go-sql-driver/mysql slices its read buffer) instead of encoding 30
  // numbers per query
  private readonly textRows: SqlValue[][] = Array.from({ length: SERVICE_RESULT.rowsPerSelect }, (_, r) =>
    Array.from({ length: SERVICE_RESULT.columns }, (_c, i) => asciiBytes(String(r * SERVICE_RESULT.columns + i + 1))));
  /** textResult is the one answer to every service SELECT (read-only: the server and driver only read it). */
  private readonly textResult: StatementResult = { kind: 'rows', columns: TEXT_COLUMNS, rows: this.textRows };
  private sql: SqlEngine | null = null;

  constructor(private readonly sqljs?: SqlJs) {}

  private introspection(): SqlEngine | null {
    if (!this.sql && this.sqljs) this.sql = SqlEngine.create(this.sqljs, this.database);
    return this.sql;
  }

  /** run answers a statement; information_schema needs sql.js and fails like an unknown table without it. */
  run(sql: string, params: SqlValue[], env?: Partial<StatementEnv>): StatementResult {
    if (!INFO_SCHEMA.test(sql)) {
      const r = this.latency.run(sql);
      return r.kind === 'rows' ? this.textResult : r;
    }
    const engine = this.introspection();
    if (!engine) throw new ServerError(1109, '42S02', 'Unknown table in information_schema (this lab has no SQL engine loaded)');
    return engine.run(sql, params, env);
  }

  /** isConstant: the service's statements get the latency-only model's constant answer; information_schema does not. */
  isConstant(sql: string): boolean {
    return !INFO_SCHEMA.test(sql);
  }

  /** check accepts what the engine that will run the statement accepts. */
  check(sql: string): ServerError | null {
    if (!INFO_SCHEMA.test(sql)) return null;
    return this.introspection()?.check(sql) ?? null;
  }

  /** paramCount counts `?` placeholders. */
  paramCount(sql: string): number {
    return this.latency.paramCount(sql);
  }

  /** setVirtualTable fills information_schema.<name> before a console statement reads it. */
  setVirtualTable(name: string, columns: string[], rows: SqlValue[][]): void {
    this.introspection()?.setVirtualTable(name, columns, rows);
  }
}

function cell(v: SqlValue): ConsoleValue {
  if (v === null || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return Array.from(v, (b) => String.fromCharCode(b)).join('');
  return String(v);
}

function* awaitPending<T>(world: World, p: Pending<T>): Generator<unknown, T, unknown> {
  if (!p.ready) {
    const w = world.wait<void>('console: waiting for the server');
    p.onReady(() => w.wake());
    yield* w.park();
  }
  return p.value;
}

/** mysqlErrorText is how the mysql command-line client prints a server error. */
export function mysqlErrorText(e: ServerError): string {
  return e.sqlState ? `ERROR ${e.number} (${e.sqlState}): ${e.message}` : `ERROR ${e.number}: ${e.message}`;
}

/** runConsole logs in as root (an admin, so the reserved slot lets it in on a full server) and runs each statement; the service keeps running meanwhile. */
export function runConsole(world: World, server: MysqlServer, statements: readonly string[]): ConsoleResult[] {
  const out: ConsoleResult[] = [];
  let finished = false;
  world.spawn('console', function* () {
    const login = server.connect({ user: 'root', db: 'course', admin: true });
    const res = yield* awaitPending(world, login.result);
    if (res.kind !== 'ok') {
      const error = res.kind === 'error' ? mysqlErrorText(res.error) : LOST;
      for (const sql of statements) out.push({ sql, atNs: world.now(), columns: [], rows: [], affected: null, error });
      finished = true;
      return;
    }
    const socket = res.socket;
    for (const sql of statements) {
      const reply: Reply = yield* awaitPending(world, socket.send({ kind: 'query', sql }));
      const base = { sql, atNs: world.now(), columns: [] as string[], rows: [] as ConsoleValue[][], affected: null, error: null };
      if (reply.kind === 'rows') out.push({ ...base, columns: reply.columns.map((c) => c.name), rows: reply.rows.map((r) => r.map(cell)) });
      else if (reply.kind === 'ok') out.push({ ...base, affected: reply.affectedRows });
      else if (reply.kind === 'error') out.push({ ...base, error: mysqlErrorText(reply.error) });
      else out.push({ ...base, error: LOST });
    }
    socket.quit();
    finished = true;
  });
  const r = world.run({ until: () => finished });
  if (!finished) throw new Error(`lab console: the server did not answer (${r.kind})`);
  return out;
}

const LOST = 'ERROR 2013 (HY000): Lost connection to MySQL server during query';
