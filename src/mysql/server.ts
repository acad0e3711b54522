/**
 * MysqlServer is the simulated MySQL 8.0 server on the sim world: sessions with connection ids,
 * max_connections (+1 admin slot) and 1040, wait_timeout, the prepared-statement registry and 1461,
 * PROCESSLIST, STATUS, VARIABLES, SET GLOBAL, KILL, SLEEP() on the virtual clock, transactions, fault
 * injection. Statements it does not answer itself go to a StatementEngine (sql.js or latency-only).
 *
 * Time: every command takes latency.roundTrip + rows*latency.perRow (+ SLEEP time, + injected latency) of
 * virtual time; the statement keeps running on the server when the client gives up, as on a real server.
 */
import { Second, type Nanos } from '../sim/time.ts';
import { EPOCH_UNIX_NANOS } from '../sim/time.ts';
import type { Timer, TimerTarget, World } from '../sim/world.ts';
import type { ServerCommand } from '../sim/events.ts';
import { adminStatement, substituteSystemVariables, type AdminHost } from './admin-statements.ts';
import { FaultInjector, type FiredFault } from './fault-injector.ts';
import type { FaultPlan } from './fault-plan.ts';
import { DEFAULT_LATENCY, type LatencyModel } from './latency-model.ts';
import {
  ServerError, errClientInactive, errInterrupted, errLockWaitTimeout, errMaxPreparedStmt, errTooManyConnections, errUnknownStmtHandler,
  errWrongArguments,
} from './server-error.ts';
import { DEFAULT_VARIABLES, type ServerVariables } from './server-variables.ts';
import type { PreparedStatement, RunningStatement, Session } from './session.ts';
import { asServerError, rowBytes, type StatementEnv } from './sql-engine.ts';
import { arraySource, type RowSource, type SqlValue, type StatementResult } from './sql-values.ts';
import type { StatementEngine } from './statement-engine.ts';
import { Analysis, INFORMATION_SCHEMA } from './statement-analysis.ts';
import { isWord, significant, tokenize } from './tokenize.ts';
import { UserLocks, checkableUserLocks, mentionsUserLocks } from './user-locks.ts';
import { ClientSocket, Pending, type Chunk, type Command, type Reply, type RowsCut, type ServerSide } from './wire.ts';

/** ServerOptions configures one simulated server. */
export interface ServerOptions {
  engine: StatementEngine;
  latency?: LatencyModel;
  faults?: FaultPlan;
  variables?: Partial<ServerVariables>;
  /** id tells servers apart in the event log (default 1). */
  id?: number;
  /** address is the server's `ip:port` (default 127.0.0.1:3306). */
  address?: string;
  /** inactivityPacket: MySQL >= 8.0.24 writes error 4031 before closing a session at wait_timeout (default true). */
  inactivityPacket?: boolean;
  /** adminUsers hold CONNECTION_ADMIN: they may take the reserved +1 slot (default: root). */
  adminUsers?: string[];
}

/** LoginRequest is a client's handshake: who logs in, to which schema. */
export interface LoginRequest { user: string; db?: string | null; admin?: boolean }

/** LoginResult is an accepted login (the socket) or the server's refusal. */
export type LoginResult = { kind: 'ok'; socket: ClientSocket } | { kind: 'error'; error: ServerError } | { kind: 'eof' };

/** PendingLogin is a login in progress; abandon() is the client giving up (its dial context ended). */
export interface PendingLogin { result: Pending<LoginResult>; abandon(): void }

const EPOCH_SECONDS = Number(EPOCH_UNIX_NANOS / 1000000000n);
const NO_SLEEP = { nanos: 0, only: false };
const DAEMON = { daemon: true };
const EOF_REPLY: Reply = { kind: 'eof' };
/** NO_REPLY is a StatementRun's reply before its first statement (never resolved). */
const NO_REPLY = new Pending<Reply>();
/** NO_TIMER stands in for the timer of a wait without a timeout (GET_LOCK with a negative timeout). */
const NO_TIMER: Timer = { at: Number.MAX_SAFE_INTEGER, fired: false, stop: () => false };

const INNODB_TRX = /INNODB_TRX/i;

/** MysqlServer is one simulated MySQL server. */
export class MysqlServer implements ServerSide, AdminHost {
  readonly id: number;
  readonly variables: ServerVariables;
  readonly latency: LatencyModel;
  readonly engine: StatementEngine;
  readonly address: string;
  private readonly faults: FaultInjector | null;
  private readonly inactivityPacket: boolean;
  private readonly adminUsers: Set<string>;
  private readonly sessionMap = new Map<number, Session>();
  private nextSessionId = 1;
  private nextPort = 40000;
  /** connecting counts sessions still in their handshake (command Connect), kept as sessions change. */
  private connecting = 0;
  private preparedCount = 0;
  private readonly random;
  /** counters are the status variables the server counts. */
  readonly counters = { Connections: 0, Aborted_clients: 0, Aborted_connects: 0, Connection_errors_max_connections: 0, Max_used_connections: 0, Questions: 0 };

  constructor(readonly world: World, opts: ServerOptions) {
    this.id = opts.id ?? 1;
    this.engine = opts.engine;
    this.latency = opts.latency ?? DEFAULT_LATENCY;
    this.variables = { ...DEFAULT_VARIABLES, ...opts.variables };
    this.address = opts.address ?? '127.0.0.1:3306';
    this.inactivityPacket = opts.inactivityPacket ?? true;
    this.adminUsers = new Set(opts.adminUsers ?? ['root']);
    this.faults = opts.faults && opts.faults.rules.length > 0 ? new FaultInjector(opts.faults) : null;
    this.random = world.rng.fork(`mysql-server-${this.id}`);
    world.log.emit({ kind: 'server.start', server: this.id, variables: { ...this.variables } });
    if (opts.faults) world.log.emit({ kind: 'fault.plan', plan: opts.faults });
  }

  // ---- inspection -------------------------------------------------------------------------------

  /** sessions lists the live sessions in id order. */
  sessions(): Session[] {
    return [...this.sessionMap.values()];
  }

  /** session returns a live session by id. */
  session(id: number): Session | undefined {
    return this.sessionMap.get(id);
  }

  /** preparedStmtCount is the global Prepared_stmt_count. */
  get preparedStmtCount(): number {
    return this.preparedCount;
  }

  /** threadsRunning counts sessions executing a statement. */
  get threadsRunning(): number {
    let n = 0;
    for (const s of this.sessionMap.values()) if (s.running) n++;
    return n;
  }

  /** status returns the STATUS variables as numbers (Threads_running as seen from outside any session). */
  status(): Record<string, number> {
    return {
      Aborted_clients: this.counters.Aborted_clients,
      Aborted_connects: this.counters.Aborted_connects,
      Connection_errors_max_connections: this.counters.Connection_errors_max_connections,
      Connections: this.counters.Connections,
      Max_used_connections: this.counters.Max_used_connections,
      Prepared_stmt_count: this.preparedCount,
      Questions: this.counters.Questions,
      Threads_connected: this.sessionMap.size,
      Threads_running: this.threadsRunning,
      Uptime: Math.floor(this.world.now() / Second),
    };
  }

  /** statusRows is SHOW STATUS: the asking session counts as running, as in MySQL. */
  statusRows(asker: Session): [string, string][] {
    const st = this.status();
    if (!asker.running) st.Threads_running = (st.Threads_running ?? 0) + 1;
    return Object.entries(st).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, String(v)]);
  }

  /** processlist is SHOW [FULL] PROCESSLIST's rows: Id, User, Host, db, Command, Time, State, Info. */
  processlist(full = true): SqlValue[][] {
    const now = this.world.now();
    return this.sessions().map((s) => [
      s.id, s.user, s.host, s.db, s.command, Math.floor((now - s.since) / Second), s.state,
      s.info === null ? null : full ? s.info : s.info.slice(0, 100),
    ]);
  }

  // ---- login ------------------------------------------------------------------------------------

  /** connect performs a login: a session takes a slot for the handshake; 1040 if max_connections is reached. */
  connect(req: LoginRequest): PendingLogin {
    if (this.adminUsers.has(req.user)) req = { ...req, admin: true };
    this.counters.Connections++;
    const fault = this.faults ? this.fire({ op: 'connect' }) : null;
    const extra = fault?.rule.inject.kind === 'latency' ? fault.rule.inject.ms * 1e6 : 0;
    const done = this.world.now() + this.latency.connect + extra;
    if (fault && (fault.rule.inject.kind === 'error' || fault.rule.inject.kind === 'drop')) {
      const result = new Pending<LoginResult>();
      const inj = fault.rule.inject;
      this.counters.Aborted_connects++;
      this.world.log.emit({ kind: 'server.login.refused', server: this.id, error: inj.kind === 'error' ? `${inj.number}: ${inj.message}` : 'connection dropped' });
      this.world.timer(done, () => result.resolve(inj.kind === 'error'
        ? { kind: 'error', error: new ServerError(inj.number, inj.sqlState, inj.message) } : { kind: 'eof' }));
      return { result, abandon: () => {} };
    }
    if (this.sessionMap.size >= this.variables.max_connections + 1) {
      // No slot at all: refused before the handshake, an error packet without SQLSTATE.
      const result = new Pending<LoginResult>();
      this.counters.Connection_errors_max_connections++;
      const error = errTooManyConnections(false);
      this.world.log.emit({ kind: 'server.login.refused', server: this.id, error: `${error.number}: ${error.message}` });
      this.world.timer(done, () => result.resolve({ kind: 'error', error }));
      return { result, abandon: () => {} };
    }
    const host = `127.0.0.1:${this.nextPort++}`;
    const login = new Login(this, this.openSession(req, host), !!req.admin);
    this.world.timerFor(done, login);
    return login;
  }

  /** _loginDone is internal: a login's handshake time is up (its Login's timer calls it). */
  _loginDone(login: Login): void {
    const s = login.session;
    const result = login.result;
    if (!(s as ServerSession).live) return result.resolve({ kind: 'eof' }); // ended in its handshake (KILL)
    // Logins still in their handshake took a slot above (the +1 check) but are not counted here.
    const others = this.sessionMap.size - this.connecting - (s.command === 'Connect' ? 0 : 1);
    if (!login.admin && others >= this.variables.max_connections) {
      // The reserved +1 slot is for CONNECTION_ADMIN: this login is refused after auth, with SQLSTATE 08004.
      this.counters.Connection_errors_max_connections++;
      const error = errTooManyConnections(true);
      this.world.log.emit({ kind: 'server.login.refused', server: this.id, error: `${error.number}: ${error.message}`, session: s.id });
      this.endSession(s, 'refused', false);
      return result.resolve({ kind: 'error', error });
    }
    const socket = new ClientSocket(this, s.id, s.host, this.address);
    s.socket = socket;
    socket.serverState = s; // the socket's session while it lives (see sessionOf)
    this.setState(s, 'Sleep', '', null);
    if (login.abandoned) {
      socket.abort();
      return result.resolve({ kind: 'eof' });
    }
    result.resolve({ kind: 'ok', socket });
  }

  private openSession(req: LoginRequest, host: string): Session {
    const s = new ServerSession(this, this.nextSessionId++, req.user, host, req.db ?? null, !!req.admin, this.world.now(), this.variables.wait_timeout, this.variables.innodb_lock_wait_timeout);
    this.sessionMap.set(s.id, s);
    this.connecting++;
    this.counters.Max_used_connections = Math.max(this.counters.Max_used_connections, this.sessionMap.size);
    if (this.world.log.active) {
      this.world.log.emit({ kind: 'server.session.open', server: this.id, session: s.id, user: s.user, host, db: s.db });
      this.world.log.emit({ kind: 'server.session.state', server: this.id, session: s.id, command: 'Connect', state: 'login', info: null });
    }
    return s;
  }

  // ---- session lifecycle ------------------------------------------------------------------------

  private setState(s: Session, command: ServerCommand, state: string, info: string | null): void {
    if (s.command === 'Connect' && command !== 'Connect') this.connecting--;
    s.command = command;
    s.state = state;
    s.info = info;
    s.since = this.world.now();
    if (this.world.log.active) this.world.log.emit({ kind: 'server.session.state', server: this.id, session: s.id, command, state, info, inTx: s.inTx });
    if (s.idleTimers !== null) {
      for (const t of s.idleTimers) t.stop();
      s.idleTimers = null;
    }
    if (command === 'Sleep') this.armIdle(s);
  }

  private armIdle(s: Session): void {
    // One lazy wait_timeout timer per session: when it fires early (the session was busy in between) it is
    // re-armed for the current idle period, so a busy session does not create a timer per statement.
    const due = s.since + s.waitTimeout * Second;
    if (s.waitTimer && s.waitTimer.at > due) {
      s.waitTimer.stop();
      s.waitTimer = null;
    }
    if (!s.waitTimer) this.armWait(s, due);
    if (!this.faults) return;
    const since = s.since;
    for (const { rule, index } of this.faults.idleRules()) {
      (s.idleTimers ??= []).push(this.world.timer(since + (rule.afterMs ?? 0) * 1e6, () => {
        if (this.sessionMap.get(s.id) !== s || s.command !== 'Sleep' || s.since !== since) return;
        if (!this.faults!.countIdle(index)) return;
        this.logFault(rule.id ?? index, 'idle', rule.inject.kind, s.id);
        this.endSession(s, rule.inject.kind === 'kill' ? 'kill' : 'error', rule.inject.kind !== 'kill');
      }, { daemon: true }));
    }
  }

  private armWait(s: Session, at: Nanos): void {
    s.waitTimer = this.world.timerFor(at, s as ServerSession, DAEMON);
  }

  /** _waitTimeout is internal: a session's wait_timeout timer fired (the session is its target). */
  _waitTimeout(s: Session): void {
    s.waitTimer = null;
    if (this.sessionMap.get(s.id) !== s || s.command !== 'Sleep') return;
    const due = s.since + s.waitTimeout * Second;
    if (due > this.world.now()) return this.armWait(s, due);
    this.endSession(s, 'waitTimeout', true, this.inactivityPacket ? errClientInactive() : null);
  }

  /** endSession removes a session: its statements are freed, its client sees the socket close. */
  endSession(s: Session, reason: 'quit' | 'clientGone' | 'waitTimeout' | 'kill' | 'refused' | 'error', aborted: boolean, packet: ServerError | null = null): void {
    if (!(s as ServerSession).live) return;
    if (s.command === 'Connect') this.connecting--;
    if (s.idleTimers !== null) {
      for (const t of s.idleTimers) t.stop();
      s.idleTimers = null;
    }
    s.waitTimer?.stop();
    s.waitTimer = null;
    if (s.running) {
      s.running.timer.stop();
      s.running.reply.resolve({ kind: 'eof' });
      s.running = null;
    }
    if (s.stmts !== null) {
      for (const st of s.stmts.values()) {
        this.preparedCount--;
        this.world.log.emit({ kind: 'server.stmt.close', server: this.id, session: s.id, stmtId: st.id, reason: 'sessionEnd' });
      }
      s.stmts = null;
    }
    s.inTx = false;
    s.streaming?.source.close();
    s.streaming = null;
    this.releaseLocks(s);
    this.sessionMap.delete(s.id);
    (s as ServerSession).live = false;
    this.userLocks.releaseAll(s.id);
    if (s.socket) {
      s.socket.peerClosed = true;
      s.socket.pendingPacket = packet;
    }
    if (aborted) this.counters.Aborted_clients++;
    if (this.world.log.active) this.world.log.emit({ kind: 'server.session.close', server: this.id, session: s.id, reason, aborted });
  }

  // ---- ServerSide: what arrives from clients ----------------------------------------------------

  /** sessionOf is the live session a socket was logged in as, or undefined once it ended. */
  private sessionOf(socket: ClientSocket): ServerSession | undefined {
    const s = socket.serverState as ServerSession | null;
    return s !== null && s.live ? s : undefined;
  }

  /** receive handles a command packet and answers after its virtual duration. */
  receive(socket: ClientSocket, cmd: Command): Pending<Reply> {
    const reply = new Pending<Reply>();
    const s = this.sessionOf(socket);
    if (!s) {
      reply.resolve({ kind: 'eof' });
      return reply;
    }
    this.counters.Questions++;
    if (cmd.kind === 'ping') {
      this.schedule(s, reply, { kind: 'ok', affectedRows: 0, lastInsertId: 0 }, this.latency.roundTrip, 'Query', 'starting', null, false);
      return reply;
    }
    if (cmd.kind === 'prepare') return this.prepare(s, cmd.sql, reply);
    let sql: string;
    let params: SqlValue[] = [];
    let command: ServerCommand = 'Query';
    if (cmd.kind === 'execute') {
      const st = s.stmts?.get(cmd.stmtId);
      if (!st) return this.answerError(s, reply, errUnknownStmtHandler(cmd.stmtId, 'mysqld_stmt_execute'));
      if (cmd.params.length !== st.params) return this.answerError(s, reply, errWrongArguments('mysqld_stmt_execute'));
      sql = st.sql;
      params = cmd.params;
      command = 'Execute';
    } else sql = cmd.sql;
    return this.execute(s, sql, params, command, reply);
  }

  /** receiveCloseStmt handles COM_STMT_CLOSE. */
  receiveCloseStmt(socket: ClientSocket, stmtId: number): void {
    const s = this.sessionOf(socket);
    if (!s || !s.stmts?.delete(stmtId)) return;
    this.preparedCount--;
    this.world.log.emit({ kind: 'server.stmt.close', server: this.id, session: s.id, stmtId, reason: 'close' });
  }

  /** receiveQuit handles COM_QUIT: a clean disconnect. */
  receiveQuit(socket: ClientSocket): void {
    const s = this.sessionOf(socket);
    if (s) this.endSession(s, 'quit', false);
  }

  /** clientGone: the client closed the socket without COM_QUIT; a running statement finishes first. */
  clientGone(socket: ClientSocket): void {
    const s = this.sessionOf(socket);
    if (!s) return;
    if (s.running) s.clientGone = true;
    else this.endSession(s, 'clientGone', true);
    // (a streamed result the client abandons ends the session at once: the server's next write fails)
  }

  // ---- statements -------------------------------------------------------------------------------

  private answerError(s: Session, reply: Pending<Reply>, error: ServerError): Pending<Reply> {
    this.schedule(s, reply, { kind: 'error', error }, this.latency.roundTrip, 'Query', 'starting', null, false);
    return reply;
  }

  private prepare(s: Session, sql: string, reply: Pending<Reply>): Pending<Reply> {
    const fault = this.fire({ op: 'prepare', sql, session: s.id });
    if (fault && this.applyFault(s, fault, reply, sql)) return reply;
    this.refreshInformationSchema(sql);
    const err = this.engine.check(mentionsUserLocks(sql) ? checkableUserLocks(sql) : sql);
    if (err) return this.answerError(s, reply, err);
    if (this.preparedCount >= this.variables.max_prepared_stmt_count) {
      return this.answerError(s, reply, errMaxPreparedStmt(this.variables.max_prepared_stmt_count));
    }
    const st: PreparedStatement = { id: s.nextStmtId++, sql, params: this.engine.paramCount(sql) };
    (s.stmts ??= new Map()).set(st.id, st);
    this.preparedCount++;
    this.world.log.emit({ kind: 'server.stmt.prepare', server: this.id, session: s.id, stmtId: st.id, sql });
    const extra = fault?.rule.inject.kind === 'latency' ? fault.rule.inject.ms * 1e6 : 0;
    this.schedule(s, reply, { kind: 'prepared', stmtId: st.id, params: st.params, columns: 0 }, this.latency.roundTrip + extra, 'Prepare', 'starting', sql, false);
    return reply;
  }

  private execute(s: Session, sql: string, params: SqlValue[], command: ServerCommand, reply: Pending<Reply>, lockTimedOut?: ReadonlySet<string>): Pending<Reply> {
    const a = this.analyze(sql);
    const constReply = a.constReply;
    if (constReply !== null && params.length === 0 && this.faults === null && a.constBuffer === this.latency.bufferBytes) {
      // The engine's constant answer to this text (see rememberConstant): the steps below, without running it again.
      const nanos = a.bareNanos;
      const state = nanos > 0 ? 'User sleep' : 'executing';
      this.setState(s, command, state, sql);
      this.schedule(s, reply, constReply, this.latency.roundTrip + a.constRows * this.latency.perRow + nanos, command, state, sql, a.bareOnly);
      return reply;
    }
    const op = a.op;
    const fault = this.fire({ op, sql, session: s.id });
    if (fault && this.applyFault(s, fault, reply, sql)) return reply;
    let extra = fault?.rule.inject.kind === 'latency' ? fault.rule.inject.ms * 1e6 : 0;
    const lockKey = a.lockable ? this.lockKeyOf(sql, params) : null;
    if (lockKey) {
      const owner = this.lockOwner.get(lockKey);
      if (owner && owner !== s && this.sessionMap.get(owner.id) === owner) return this.waitForLock(s, lockKey, sql, params, command, reply);
      if (s.inTx) {
        this.lockOwner.set(lockKey, s);
        (s.locks ??= new Set()).add(lockKey);
      }
    }
    let runSql = sql;
    let runParams = params;
    let lockError: ServerError | null = null;
    if (a.userLocks) {
      const step = this.userLocks.step(s.id, sql, params, lockTimedOut);
      if (step.kind === 'wait') return this.waitForUserLock(s, step.name, step.timeout, sql, params, command, reply, lockTimedOut);
      if (step.kind === 'error') lockError = step.error;
      else { runSql = step.sql; runParams = step.params; }
    }
    const sleep = !a.sleep ? NO_SLEEP : params.length === 0 ? bareSleep(a, sql) : sleepOf(sql, params);
    let result: Reply;
    let engineResult: Reply | null = null;
    this.setState(s, command, sleep.nanos > 0 ? 'User sleep' : 'executing', sql);
    try {
      if (lockError) throw lockError;
      const text = a.sysvars ? substituteSystemVariables(this, s, runSql) : runSql;
      if (text instanceof ServerError) throw text;
      result = (a.admin ? adminStatement(this, s, text, runParams) : null) ?? (engineResult = this.runEngine(s, text, runParams));
    } catch (e) {
      result = { kind: 'error', error: asServerError(e) };
    }
    if (result.kind === 'rows' && this.faults && !(result as { rest?: RowSource }).rest) result = this.cutRows(s, sql, result);
    if (result.kind === 'rows' && !result.cut) result = this.maybeStream(s, result);
    const rows = result.kind === 'rows' ? (result.cut ? result.cut.after : result.rows.length) : 0;
    if (a.plain && result === engineResult && params.length === 0 && this.faults === null) this.rememberConstant(a, result, rows);
    extra += sleep.nanos;
    if (a.introspection) extra += this.latency.introspection;
    const state = sleep.nanos > 0 ? 'User sleep' : 'executing';
    this.schedule(s, reply, result, this.latency.roundTrip + rows * this.latency.perRow + extra, command, state, sql, sleep.only);
    return reply;
  }

  /**
   * rememberConstant keeps a plain statement's answer for its next runs: the engine says the text always gets
   * this answer (isConstant), it went out as it came (one piece, not streamed, no fault plan) and it changes
   * nothing in the session (no insert id). Later runs skip the engine; the state, timing and reply are the same.
   */
  private rememberConstant(a: Analysis, result: Reply, rows: number): void {
    if (result.kind !== 'rows' && result.kind !== 'ok') return;
    if (result.kind === 'ok' && result.lastInsertId) return;
    if ('rest' in result || (result.kind === 'rows' && (result.cut || result.stream))) return;
    a.constReply = result;
    a.constRows = rows;
    a.constBuffer = this.latency.bufferBytes;
  }

  private readonly analyses = new Map<string, Analysis>();

  /** analyze classifies a statement once per distinct text (the hot path of load simulations). */
  private analyze(sql: string): Analysis {
    let a = this.analyses.get(sql);
    if (a) return a;
    a = new Analysis(sql, this.engine);
    if (this.analyses.size > 10_000) this.analyses.clear();
    this.analyses.set(sql, a);
    return a;
  }

  /** waitForLock parks a statement on a row lock: it runs when the lock is freed, or fails with 1205. */
  private waitForLock(s: Session, key: string, sql: string, params: SqlValue[], command: ServerCommand, reply: Pending<Reply>): Pending<Reply> {
    this.setState(s, command, 'updating', sql);
    const list = this.lockWaiters.get(key) ?? [];
    this.lockWaiters.set(key, list);
    let done = false;
    const wake = () => {
      if (done) return;
      done = true;
      timer.stop();
      s.running = null;
      if (this.sessionMap.get(s.id) !== s) return;
      const inner = this.execute(s, sql, params, command, new Pending<Reply>());
      inner.onReady(() => reply.resolve(inner.value));
    };
    list.push(wake);
    const timer = this.world.timer(this.world.now() + s.lockWaitTimeout * Second, () => {
      if (done) return;
      done = true;
      const i = list.indexOf(wake);
      if (i >= 0) list.splice(i, 1);
      this.finish(s);
    });
    s.running = { sql, timer, reply, result: { kind: 'error', error: errLockWaitTimeout() }, sleepOnly: false };
    return reply;
  }

  /**
   * waitForUserLock parks a statement whose GET_LOCK names a lock another session holds (state "User lock"):
   * it runs again when the lock is released, or when its timeout passes (that GET_LOCK then answers 0).
   */
  private waitForUserLock(s: Session, name: string, timeout: Nanos | null, sql: string, params: SqlValue[], command: ServerCommand, reply: Pending<Reply>, timedOut?: ReadonlySet<string>): Pending<Reply> {
    this.setState(s, command, 'User lock', sql);
    let done = false;
    const run: RunningStatement = { sql, timer: NO_TIMER, reply, result: { kind: 'error', error: errInterrupted() }, sleepOnly: false };
    const resume = (gaveUp: boolean) => {
      done = true;
      s.running = null;
      const next = new Set(timedOut ?? []);
      if (gaveUp) next.add(name);
      const inner = this.execute(s, sql, params, command, new Pending<Reply>(), next);
      inner.onReady(() => reply.resolve(inner.value));
    };
    const wake = (): boolean => {
      if (done || s.running !== run || this.sessionMap.get(s.id) !== s) return false;
      run.timer.stop();
      resume(false);
      return true;
    };
    this.userLocks.onFree(name, wake);
    if (timeout !== null) {
      run.timer = this.world.timer(this.world.now() + timeout, () => {
        if (done || s.running !== run) return;
        this.userLocks.forget(name, wake);
        resume(true);
      });
    }
    s.running = run;
    return reply;
  }

  private runEngine(s: Session, sql: string, params: SqlValue[]): Reply {
    this.refreshInformationSchema(sql);
    const env = this.env;
    const secs = EPOCH_SECONDS + Math.floor(this.world.now() / Second);
    if (secs !== env.unixSeconds) {
      const iso = new Date(secs * 1000).toISOString();
      env.unixSeconds = secs;
      env.now = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    }
    env.connectionId = s.id;
    env.lastInsertId = s.lastInsertId;
    const r: StatementResult = this.engine.run(sql, params, env, { streamAfterBytes: this.latency.bufferBytes });
    if (r.kind === 'ok' && r.lastInsertId) s.lastInsertId = r.lastInsertId;
    return r;
  }

  /** env is the statement environment, reused across statements (the wall-clock text changes once a second). */
  private readonly env: StatementEnv = { now: '', unixSeconds: -1, connectionId: 0, lastInsertId: 0, random: () => this.random.float() };

  /** maybeStream sends the first buffer-full of a large result; the rest goes as the client reads (see more()). */
  private maybeStream(s: Session, result: Extract<Reply, { kind: 'rows' }> & { rest?: RowSource }): Reply {
    // A result without a `rest` key is passed on as it is (no copy); one with it is copied without `rest`.
    let reply: Extract<Reply, { kind: 'rows' }>;
    let rest: RowSource | undefined;
    if ('rest' in result) ({ rest, ...reply } = result);
    else reply = result;
    const n = reply.rows.length;
    if (rest) {
      // The engine stopped reading at a buffer-full: later chunks have as many rows as the first.
      s.streaming = { source: rest, interrupted: false };
      const chunk = n;
      return { ...reply, stream: { more: () => this.more(s, chunk) } };
    }
    if (n < 2) return reply;
    const chunk = Math.max(1, Math.floor(this.latency.bufferBytes / rowBytes(reply.rows[0]!)));
    if (chunk >= n) return reply;
    s.streaming = { source: arraySource(reply.rows, chunk), interrupted: false };
    return { ...reply, rows: reply.rows.slice(0, chunk), stream: { more: () => this.more(s, chunk) } };
  }

  /** more sends the next buffer-full of a streamed result once the client has read the previous one. */
  private more(s: Session, chunk: number): Pending<Chunk> {
    const p = new Pending<Chunk>();
    const st = s.streaming;
    if (this.sessionMap.get(s.id) !== s || !st) {
      p.resolve({ kind: 'eof' });
      return p;
    }
    if (st.interrupted) {
      st.source.close();
      s.streaming = null;
      p.resolve({ kind: 'error', error: errInterrupted() });
      return p;
    }
    const rows = st.source.next(chunk);
    const done = st.source.done;
    this.world.timer(this.world.now() + rows.length * this.latency.perRow, () => {
      if (this.sessionMap.get(s.id) !== s) return p.resolve({ kind: 'eof' });
      if (done) {
        s.streaming = null;
        this.setState(s, 'Sleep', '', null);
      }
      p.resolve({ kind: 'rows', rows, done });
    });
    return p;
  }

  /** refreshInformationSchema fills information_schema.PROCESSLIST and INNODB_TRX before a statement reads them. */
  private refreshInformationSchema(sql: string): void {
    if (!this.engine.setVirtualTable || !INFORMATION_SCHEMA.test(sql)) return;
    this.engine.setVirtualTable('PROCESSLIST', ['ID', 'USER', 'HOST', 'DB', 'COMMAND', 'TIME', 'STATE', 'INFO'], this.processlist(true));
    // InnoDB refreshes its INNODB_TRX cache at most every 100 ms (trx_i_s_cache): a read soon after
    // another one sees the old snapshot.
    if (!INNODB_TRX.test(sql)) return;
    const now = this.world.now();
    if (!this.trxCache || now - this.trxCache.at >= 100 * 1e6) {
      this.trxCache = { at: now, rows: this.sessions().filter((x) => x.inTx).map((x) => [x.id, 'RUNNING', x.id, x.running ? x.info : null]) };
    }
    this.engine.setVirtualTable('INNODB_TRX', ['trx_id', 'trx_state', 'trx_mysql_thread_id', 'trx_query'], this.trxCache.rows);
  }

  private trxCache: { at: Nanos; rows: SqlValue[][] } | null = null;

  private cutRows(s: Session, sql: string, result: Extract<Reply, { kind: 'rows' }>): Reply {
    for (let row = 1; row <= result.rows.length; row++) {
      const f = this.fire({ op: 'row', row, sql, session: s.id });
      if (!f) continue;
      const inj = f.rule.inject;
      this.logFault(f.id, 'row', inj.kind, s.id, `row ${row}`);
      let end: RowsCut['end'] = 'eof';
      if (inj.kind === 'error') end = new ServerError(inj.number, inj.sqlState, inj.message);
      else if (inj.kind === 'kill' && inj.what === 'query') end = errInterrupted();
      else if (inj.kind === 'latency') continue;
      return { ...result, cut: { after: row - 1, end } };
    }
    return result;
  }

  /** applyFault handles the effects that replace the statement; returns false for latency (run it slower). */
  private applyFault(s: Session, f: FiredFault, reply: Pending<Reply>, sql: string): boolean {
    const inj = f.rule.inject;
    this.logFault(f.id, f.rule.on, inj.kind, s.id);
    if (inj.kind === 'latency') return false;
    if (inj.kind === 'error') {
      this.schedule(s, reply, { kind: 'error', error: new ServerError(inj.number, inj.sqlState, inj.message) }, this.latency.roundTrip, 'Query', 'executing', sql, false);
    } else if (inj.kind === 'kill' && inj.what === 'query') {
      this.schedule(s, reply, { kind: 'error', error: errInterrupted() }, this.latency.roundTrip, 'Query', 'executing', sql, false);
    } else {
      // drop, or KILL CONNECTION: the socket closes while the client waits for the answer.
      this.schedule(s, reply, { kind: 'eof' }, this.latency.roundTrip, 'Query', 'executing', sql, false);
    }
    return true;
  }

  private schedule(s: Session, reply: Pending<Reply>, result: Reply, d: Nanos, command: ServerCommand, state: string, info: string | null, sleepOnly: boolean): void {
    if (s.command !== command || s.state !== state || s.info !== info) this.setState(s, command, state, info);
    // A session runs one statement at a time: its StatementRun is made once and filled in for each one (its
    // timer only ever calls finish(session), which reads s.running, so an older timer of it acts as before).
    const ss = s as ServerSession;
    const run = (ss.statement ??= new StatementRun(this, s));
    run.sql = info ?? '';
    run.reply = reply;
    run.result = result;
    run.sleepOnly = sleepOnly;
    run.timer = this.world.timerFor(this.world.now() + d, run);
    s.running = run;
  }

  /** _finish is internal: a running statement's time is up (its StatementRun's timer calls it). */
  _finish(s: Session): void {
    this.finish(s);
  }

  private finish(s: Session): void {
    const run = s.running;
    if (!run || !(s as ServerSession).live) return;
    s.running = null;
    if (run.result.kind === 'eof') {
      this.endSession(s, 'error', false);
      run.reply.resolve(run.result);
      return;
    }
    if (s.clientGone) {
      // The client went away while the statement ran: the server notices when it writes the answer.
      this.endSession(s, 'clientGone', true);
      return;
    }
    if (s.streaming) this.setState(s, 'Query', 'Sending to client', run.sql);
    else this.setState(s, 'Sleep', '', null);
    const cut = run.result.kind === 'rows' ? run.result.cut : undefined;
    if (cut?.end === 'eof') this.endSession(s, 'error', false);
    run.reply.resolve(run.result);
  }

  // ---- AdminHost ---------------------------------------------------------------------------------

  /** setGlobal changes a global variable (new sessions take wait_timeout from it). */
  setGlobal(session: Session | null, name: keyof ServerVariables, value: number): void {
    (this.variables as unknown as Record<string, number>)[name] = value;
    this.world.log.emit({ kind: 'server.setGlobal', server: this.id, session: session?.id, name, value });
  }

  /** kill is KILL QUERY / KILL CONNECTION from `by` (null: from outside any session). */
  kill(by: Session | null, target: number, what: 'query' | 'connection'): boolean {
    const t = this.sessionMap.get(target);
    if (!t) return false;
    this.world.log.emit({ kind: 'server.kill', server: this.id, session: by?.id ?? 0, target, what });
    if (what === 'connection') {
      if (t === by) {
        // KILL of one's own connection: the statement answers, then the session ends.
        t.running?.timer.stop();
        const r = t.running;
        t.running = null;
        this.world.timer(this.world.now(), () => this.endSession(t, 'kill', false));
        r?.reply.resolve({ kind: 'error', error: new ServerError(1317, '70100', 'Query execution was interrupted') });
        return true;
      }
      this.endSession(t, 'kill', false);
      return true;
    }
    if (t.streaming) {
      // The server stops sending: the error packet waits behind the rows already in the socket buffers.
      t.streaming.interrupted = true;
      this.setState(t, 'Sleep', '', null);
      return true;
    }
    const run = t.running;
    if (run && run !== by?.running) {
      run.result = run.sleepOnly ? sleepInterrupted(run.result) : { kind: 'error', error: errInterrupted() };
      run.timer.stop();
      run.timer = this.world.timer(this.world.now(), () => this.finish(t));
    }
    return true;
  }

  /** beginTx marks a session as inside a transaction (BEGIN / START TRANSACTION; COMMIT first if one is open). */
  beginTx(session: Session): void {
    this.releaseLocks(session);
    session.inTx = true;
  }

  /** endTx ends a session's transaction. */
  endTx(session: Session, _how: 'commit' | 'rollback'): void {
    session.inTx = false;
    this.releaseLocks(session);
  }

  // ---- row locks (enough for 1205) ----------------------------------------------------------------

  private readonly lockOwner = new Map<string, Session>();
  /** userLocks are the named locks of GET_LOCK and its family. */
  readonly userLocks = new UserLocks();
  private readonly lockWaiters = new Map<string, (() => void)[]>();

  private releaseLocks(s: Session): void {
    const locks = s.locks;
    if (locks === null) return;
    s.locks = null;
    for (const key of locks) {
      this.lockOwner.delete(key);
      for (const wake of this.lockWaiters.get(key)?.splice(0) ?? []) wake();
    }
  }

  /** lockKeyOf finds the row an UPDATE/DELETE ... WHERE id = ? writes (the only lock the model takes). */
  private lockKeyOf(sql: string, params: SqlValue[]): string | null {
    const m = sql.match(/^\s*(?:UPDATE\s+`?(\w+)`?\s+SET\b|DELETE\s+FROM\s+`?(\w+)`?)[\s\S]*?\bWHERE\s+`?id`?\s*=\s*(\?|\d+)\s*$/i);
    if (!m) return null;
    const table = (m[1] ?? m[2]!).toLowerCase();
    let id = m[3]!;
    if (id === '?') id = String(params[sql.slice(0, sql.search(/\bWHERE\b/i)).split('?').length - 1] ?? '');
    return `${table}#${id}`;
  }

  // ---- faults ------------------------------------------------------------------------------------

  private fire(site: { op: 'connect' | 'query' | 'exec' | 'prepare' | 'row' | 'commit' | 'rollback'; sql?: string; row?: number; session?: number }): FiredFault | null {
    if (!this.faults) return null;
    const f = this.faults.check(site);
    if (f && site.op === 'connect') this.logFault(f.id, 'connect', f.rule.inject.kind);
    return f;
  }

  private logFault(rule: string | number, op: string, effect: string, session?: number, detail?: string): void {
    this.world.log.emit({ kind: 'fault.fired', rule, op, effect, server: this.id, session, detail });
  }
}

/** ServerSession is a Session (plain data to everyone else) that is also the target of its wait_timeout timer. */
class ServerSession implements Session, TimerTarget {
  command: ServerCommand = 'Connect';
  state = 'login';
  info: string | null = null;
  inTx = false;
  locks: Set<string> | null = null;
  socket: ClientSocket | null = null;
  stmts: Map<number, PreparedStatement> | null = null;
  nextStmtId = 1;
  lastInsertId = 0;
  running: RunningStatement | null = null;
  idleTimers: Timer[] | null = null;
  waitTimer: Timer | null = null;
  streaming: { source: RowSource; interrupted: boolean } | null = null;
  clientGone = false;
  /** statement is the session's StatementRun, reused for each statement it schedules (see schedule). */
  statement: StatementRun | null = null;
  /** live: the session is in the server's session map (false once endSession removed it). */
  live = true;

  constructor(
    private readonly server: MysqlServer,
    readonly id: number,
    readonly user: string,
    readonly host: string,
    readonly db: string | null,
    readonly admin: boolean,
    public since: Nanos,
    public waitTimeout: number,
    public lockWaitTimeout: number,
  ) {}

  timerFired(): void {
    this.server._waitTimeout(this);
  }
}

/** Login is a login in progress (a PendingLogin) and the target of the timer that ends its handshake. */
class Login implements PendingLogin, TimerTarget {
  readonly result = new Pending<LoginResult>();
  /** abandoned: the client gave up (its dial context ended) before the handshake finished. */
  abandoned = false;

  constructor(private readonly server: MysqlServer, readonly session: Session, readonly admin: boolean) {}

  abandon(): void {
    this.abandoned = true;
  }

  timerFired(): void {
    this.server._loginDone(this);
  }
}

/** StatementRun is a session's running statement and the target of the timer that ends it (no closure). */
class StatementRun implements RunningStatement, TimerTarget {
  timer: Timer = NO_TIMER;
  sql = '';
  reply: Pending<Reply> = NO_REPLY;
  result: Reply = EOF_REPLY;
  sleepOnly = false;

  constructor(private readonly server: MysqlServer, private readonly session: Session) {}

  timerFired(): void {
    this.server._finish(this.session);
  }
}

function sleepInterrupted(r: Reply): Reply {
  if (r.kind !== 'rows') return r;
  return { ...r, rows: r.rows.map((row) => row.map(() => 1)) };
}

/** bareSleep is sleepOf(sql, []) for a text with SLEEP, read once and kept in its analysis. */
function bareSleep(a: Analysis, sql: string): { nanos: Nanos; only: boolean } {
  if (!a.bareKnown) {
    const r = sleepOf(sql, []);
    a.bareNanos = r.nanos;
    a.bareOnly = r.only;
    a.bareKnown = true;
  }
  return a.bareNanos === 0 && !a.bareOnly ? NO_SLEEP : { nanos: a.bareNanos, only: a.bareOnly };
}

/** sleepOf finds SLEEP(n) in a statement: its virtual duration and whether it is all the statement does. */
export function sleepOf(sql: string, params: SqlValue[]): { nanos: Nanos; only: boolean } {
  return sleepOfLiteral(sql) ?? sleepOfTokens(sql, params);
}

// Text the tokenizer reads differently from plain characters: quotes, backticks and comments.
const AWKWARD_TEXT = /['"`#]|--|\/\*/;
const FIRST_SLEEP = /sleep/i;
const LITERAL_SLEEP = /(^|[\s(,=])SLEEP\s*\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)/i;
const ONLY_SLEEP = /^\s*(?:SELECT|DO)\s+SLEEP\s*\(\s*[0-9]+(?:\.[0-9]+)?\s*\)\s*$/i;

/**
 * sleepOfLiteral is sleepOf without the tokenizer for the common case (the Pool Lab's `SLEEP(0.012345)`):
 * the first "sleep" in a statement with no quotes or comments is SLEEP(<decimal literal>); null otherwise.
 */
export function sleepOfLiteral(sql: string): { nanos: Nanos; only: boolean } | null {
  if (AWKWARD_TEXT.test(sql)) return null;
  const m = LITERAL_SLEEP.exec(sql);
  if (!m || sql.search(FIRST_SLEEP) !== m.index + m[1]!.length) return null;
  const secs = Number(m[2]);
  if (!(secs > 0)) return { nanos: 0, only: false };
  return { nanos: Math.round(secs * Second), only: ONLY_SLEEP.test(sql) };
}

/** sleepOfTokens is sleepOf over the statement's significant tokens (any SQL text, `?` arguments included). */
export function sleepOfTokens(sql: string, params: SqlValue[]): { nanos: Nanos; only: boolean } {
  const sig = significant(tokenize(sql));
  let paramNo = 0;
  for (let i = 0; i < sig.length; i++) {
    const t = sig[i]!;
    if (t.kind === 'param') paramNo++;
    if (!isWord(t, 'SLEEP') || sig[i + 1]?.text !== '(' || sig[i + 3]?.text !== ')') continue;
    const arg = sig[i + 2]!;
    const secs = arg.kind === 'param' ? Number(params[paramNo] ?? 0) : Number(arg.text);
    if (!Number.isFinite(secs) || secs <= 0) return { nanos: 0, only: false };
    const only = sig.length === 5 && isWord(sig[0], 'SELECT', 'DO') && i === 1;
    return { nanos: Math.round(secs * Second), only };
  }
  return { nanos: 0, only: false };
}
