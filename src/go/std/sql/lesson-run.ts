/**
 * lesson-run: runs one complete Go program as a Run button does — the seeded course database (plus a named
 * lesson setup: extra tables and rows, a fault plan, a client schedule), the simulated MySQL server at every
 * DSN address, the Go runtime — and returns the output, the event log and, for a server, the runner's HttpReport.
 */
import { compile, runProgram, type Diagnostic } from '../../index.ts';
import { World } from '../../../sim/world.ts';
import type { SimEvent } from '../../../sim/events.ts';
import { MysqlServer } from '../../../mysql/server.ts';
import { SqlEngine } from '../../../mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../../mysql/seed-data.ts';
import type { SqlJs } from '../../../mysql/sqljs-types.ts';
import { setSqlEnv, type SqlEnv } from './env.ts';
import { poolHangReport } from './ownership.ts';
import { httpReport, setHttpClients, type HttpReport, type HttpSchedule } from '../http-server.ts';
import { LESSON_SETUPS } from './lesson-setups.ts';

/** LessonRunOutput is what a Run shows: output, how it ended, the event log, the pool to show and the server report. */
export interface LessonRunOutput {
  diagnostics: Diagnostic[]; stdout: string; stderr: string; exitCode: number; outcome: string;
  events: SimEvent[]; db: number; http?: HttpReport;
}

/** AnyAddress is a driver network where every `host:port` reaches the one simulated server. */
class AnyAddress extends Map<string, MysqlServer> {
  constructor(private readonly server: MysqlServer) { super(); }
  override get(): MysqlServer { return this.server; }
  override has(): boolean { return true; }
}

/** runLessonProgram compiles and runs main.go with an optional named setup (see LESSON_SETUPS); `clients` overrides its schedule. */
export function runLessonProgram(sqljs: SqlJs, source: string, opts: { seed: number; setup?: string; clients?: HttpSchedule; maxSteps?: number; maxOutputBytes?: number }): LessonRunOutput {
  const sources = [{ name: 'main.go', text: source }];
  const c = compile(sources);
  if (!c.ok) return { diagnostics: c.diagnostics, stdout: '', stderr: '', exitCode: 1, outcome: 'compile', events: [], db: -1 };
  const setup = opts.setup ? LESSON_SETUPS[opts.setup] : undefined;
  if (opts.setup && !setup) throw new Error(`unknown lesson setup ${JSON.stringify(opts.setup)}`);
  const world = new World({ seed: opts.seed, log: true });
  const engine = SqlEngine.create(sqljs);
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  for (const stmt of setup?.sql ?? []) engine.run(stmt, []);
  const faults = setup?.faults; // our own constant data, validated by test/site/lessons-run.test.ts
  const server = new MysqlServer(world, { engine, ...(faults ? { faults } : {}) });
  const env: SqlEnv = { network: new AnyAddress(server), sources, opened: [] };
  setSqlEnv(world, env);
  const clients = opts.clients ?? setup?.clients;
  if (clients) setHttpClients(world, clients);
  const r = runProgram(c.program, { seed: opts.seed, world, maxSteps: opts.maxSteps, maxOutputBytes: opts.maxOutputBytes });
  const hang = r.outcome === 'deadlock' ? poolHangReport(world, env.opened ?? []) : null;
  const events = [...world.log.events];
  const open = events.find((e) => e.kind === 'db.open');
  let stderr = hang ? r.stderr.replace('fatal error: all goroutines are asleep - deadlock!', hang) : r.stderr;
  if (r.exitCode !== 0) stderr += `exit status ${r.exitCode}\n`;
  const http = httpReport(world);
  return { diagnostics: c.warnings, stdout: r.stdout, stderr, exitCode: r.exitCode, outcome: r.outcome, events, db: open && 'db' in open ? open.db : -1, ...(http ? { http } : {}) };
}
