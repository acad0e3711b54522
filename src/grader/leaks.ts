/**
 * Leak detection from the event log alone (src/sim/events.ts): every Rows, Stmt, Tx and held Conn the
 * learner's code opened must be closed by that code before its call returned. A release that came only
 * from the context ending is a leak too (and go-sql-driver/mysql then drops the connection). Also: InUse
 * back to 0, the server's prepared statements back to baseline, no learner goroutine left blocked.
 */
import type { SimEvent } from '../sim/events.ts';
import { formatSite, type Site } from '../sim/site.ts';
import type { CallRecord, Evidence, ScenarioRun } from './report.ts';

/** OpenedObject is one learner-opened pool object and how it ended. */
export interface OpenedObject {
  object: 'rows' | 'stmt' | 'tx' | 'heldConn';
  id: number;
  conn?: number;
  task?: number;
  call?: number;
  site?: Site;
  openSeq: number;
  closeSeq?: number;
  closeT?: number;
  closedBy?: 'code' | 'context';
  droppedConn: boolean;
}

const NOUN: Record<OpenedObject['object'], string> = { rows: '*sql.Rows', stmt: '*sql.Stmt', tx: '*sql.Tx', heldConn: '*sql.Conn' };
const CLOSER: Record<OpenedObject['object'], string> = { rows: 'rows.Close()', stmt: 'stmt.Close()', tx: 'tx.Commit() or tx.Rollback()', heldConn: 'conn.Close()' };

/** taskCalls maps each learner task id to the call it belongs to. */
export function taskCalls(calls: readonly CallRecord[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of calls) for (const t of c.tasks) m.set(t, c.index);
  return m;
}

/** learnerTasks is every task id that ran the learner's code. */
export function learnerTasks(run: Pick<ScenarioRun, 'calls' | 'tasks'>): Set<number> {
  const s = new Set<number>(run.tasks.map((t) => t.id));
  for (const c of run.calls) for (const t of c.tasks) s.add(t);
  return s;
}

/** RunIndex is a recorded run's lookups, computed once per run: learner tasks, task -> call, call index -> record. */
export interface RunIndex {
  learner: Set<number>;
  byTask: Map<number, number>;
  call: Map<number, CallRecord>;
}

const indexes = new WeakMap<object, RunIndex>();

/** runIndex returns the run's lookups (a recorded run never changes, so they are kept per run object). */
export function runIndex(run: Pick<ScenarioRun, 'calls' | 'tasks'>): RunIndex {
  let ix = indexes.get(run);
  if (!ix) {
    ix = { learner: learnerTasks(run), byTask: taskCalls(run.calls), call: new Map(run.calls.map((c) => [c.index, c])) };
    indexes.set(run, ix);
  }
  return ix;
}

/** trackObjects follows every Rows/Stmt/Tx/held Conn opened by a learner task on the db, to its end. */
export function trackObjects(events: readonly SimEvent[], db: number, learner: Set<number>, byTask: Map<number, number>): OpenedObject[] {
  const open = new Map<string, OpenedObject>();
  const all: OpenedObject[] = [];
  const start = (object: OpenedObject['object'], id: number, e: SimEvent, conn?: number): void => {
    if (e.task === undefined || !learner.has(e.task)) return;
    const o: OpenedObject = { object, id, conn, task: e.task, call: byTask.get(e.task), site: e.site, openSeq: e.seq, droppedConn: false };
    open.set(`${object}:${id}`, o);
    all.push(o);
  };
  const end = (object: OpenedObject['object'], id: number, e: SimEvent, by: 'code' | 'context'): void => {
    const o = open.get(`${object}:${id}`);
    if (!o || o.closeSeq !== undefined) return;
    o.closeSeq = e.seq;
    o.closeT = e.t;
    o.closedBy = by;
  };
  for (const e of events) {
    if (!('db' in e) || e.db !== db) continue;
    switch (e.kind) {
      case 'rows.open':
        start('rows', e.rows, e, e.conn);
        break;
      case 'rows.close':
        end('rows', e.rows, e, e.by === 'context' ? 'context' : 'code');
        break;
      case 'stmt.prepare':
        start('stmt', e.stmt, e);
        break;
      case 'stmt.close':
        end('stmt', e.stmt, e, 'code');
        break;
      case 'tx.begin':
        start('tx', e.tx, e, e.conn);
        break;
      case 'tx.end':
        end('tx', e.tx, e, e.how === 'contextRollback' ? 'context' : 'code');
        break;
      case 'heldconn.open':
        start('heldConn', e.heldConn, e, e.conn);
        break;
      case 'heldconn.close':
        end('heldConn', e.heldConn, e, 'code');
        break;
      case 'conn.close':
        if (e.reason === 'context' || e.reason === 'bad') {
          for (const o of all) if (o.closedBy === 'context' && o.conn === e.conn && o.closeSeq! <= e.seq) o.droppedConn = true;
        }
        break;
    }
  }
  return all;
}

/**
 * serverPreparedCount is how many server-side prepared statements are open, after the events up to seq
 * (exclusive), on sessions the pool still holds a connection to. A session whose connection the pool
 * closed is going away (the server frees its statements when it notices), even if a statement the
 * client gave up on is still running there.
 */
export function serverPreparedCount(events: readonly SimEvent[], untilSeq = Infinity): number {
  const open = new Map<number, number>(); // session -> open statements
  const sessionOf = new Map<number, number>(); // conn -> session
  const gone = new Set<number>();
  for (const e of events) {
    if (e.seq >= untilSeq) break;
    if (e.kind === 'server.stmt.prepare') open.set(e.session, (open.get(e.session) ?? 0) + 1);
    else if (e.kind === 'server.stmt.close') open.set(e.session, (open.get(e.session) ?? 0) - 1);
    else if (e.kind === 'server.session.close') gone.add(e.session);
    else if (e.kind === 'conn.dial.end' && e.session !== undefined) sessionOf.set(e.conn, e.session);
    else if (e.kind === 'conn.close') {
      const session = sessionOf.get(e.conn);
      if (session !== undefined) gone.add(session);
    }
  }
  let n = 0;
  for (const [session, count] of open) if (!gone.has(session)) n += count;
  return n;
}

function callLabel(run: Pick<ScenarioRun, 'calls' | 'tasks'>, call: number | undefined): string {
  if (call === undefined) return 'outside any call';
  const c = runIndex(run).call.get(call);
  return c ? `call ${call + 1}: ${c.label}` : `call ${call + 1}`;
}

/** contextEndedDuring says whether the call's context ended before it returned (it saw a context error, or its deadline passed). */
export function contextEndedDuring(c: CallRecord): boolean {
  if (c.error && (c.error.is.includes('context.DeadlineExceeded') || c.error.is.includes('context.Canceled'))) return true;
  return c.deadlineT !== undefined && c.endT !== undefined && c.deadlineT <= c.endT;
}

/** findLeaks returns the evidence of every leak in a run (empty when there is none). */
export function findLeaks(run: ScenarioRun, scenarioName: string): Evidence[] {
  const out: Evidence[] = [];
  const { learner, byTask } = runIndex(run);
  const endSeq = new Map(run.calls.map((c) => [c.index, c.endSeq]));
  const ctxEnded = new Set(run.calls.filter(contextEndedDuring).map((c) => c.index));
  for (const o of trackObjects(run.events, run.db, learner, byTask)) {
    // A statement prepared outside every call (start-up code) may live as long as the program.
    if (o.object === 'stmt' && o.call === undefined && o.closeSeq === undefined) continue;
    const where = o.site ? formatSite(o.site) : 'an unknown line';
    const head = `${scenarioName}: the ${NOUN[o.object]} acquired at ${where} (${callLabel(run, o.call)})`;
    const returned = o.call === undefined ? undefined : endSeq.get(o.call);
    if (o.closeSeq === undefined) {
      const what = o.object === 'stmt' ? 'its prepared statement stays on the server' : 'its connection stays in use';
      out.push({ kind: 'leak', object: o.object, id: o.id, call: o.call, site: o.site, releasedBy: 'never', droppedConn: false, message: `${head} is never closed: ${what}; call ${CLOSER[o.object]} on every path (defer)` });
    } else if (o.closedBy === 'context' && !(o.call !== undefined && ctxEnded.has(o.call)) && (returned === undefined || o.closeSeq >= returned)) {
      // Released by its context after the call returned. When the context ended while the call was still
      // running (a deadline mid-statement), database/sql's own release is the call's error path, not a leak.
      const drop = o.droppedConn ? '; go-sql-driver/mysql then drops the connection, so each such call costs a re-dial' : '';
      out.push({ kind: 'leak', object: o.object, id: o.id, call: o.call, site: o.site, releasedBy: 'context', droppedConn: o.droppedConn, message: `${head} is released only because its context ended, not by your code${drop}; call ${CLOSER[o.object]} on every path (defer)` });
    } else if (o.closedBy === 'code' && returned !== undefined && o.closeSeq >= returned) {
      out.push({ kind: 'leak', object: o.object, id: o.id, call: o.call, site: o.site, releasedBy: 'afterReturn', droppedConn: false, message: `${head} is still open when the call returns; it is closed only later` });
    }
  }
  if (run.stats.InUse !== 0) {
    out.push({ kind: 'stat', field: 'InUse', expected: '0', actual: String(run.stats.InUse), message: `${scenarioName}: db.Stats().InUse is ${run.stats.InUse} after every call returned` });
  }
  const base = serverPreparedCount(run.events, run.baselineSeq);
  const now = serverPreparedCount(run.events);
  if (now > base) {
    out.push({ kind: 'stat', field: 'Prepared_stmt_count', expected: String(base), actual: String(now), message: `${scenarioName}: the server holds ${now - base} more prepared statement(s) than before the calls (Prepared_stmt_count ${base} -> ${now})` });
  }
  for (const t of run.tasks) {
    if (t.state !== 'blocked') continue;
    const where = t.site ? ` at ${formatSite(t.site)}` : '';
    out.push({ kind: 'leak', object: 'goroutine', id: t.id, call: byTask.get(t.id), site: t.site, releasedBy: 'never', droppedConn: false, message: `${scenarioName}: goroutine ${t.id} is still blocked${where} (${t.waitReason ?? 'waiting'}) after the calls returned` });
  }
  return out;
}
