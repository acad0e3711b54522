/**
 * The one published event vocabulary of a run: plain data, read by the grader's timeline, the workbench's
 * pool view and the Pool Lab. Every event carries its virtual time, the task that caused it (when a task
 * was running) and the learner's source site (when the caller knew it), plus the ids needed to rebuild
 * pool state (db, conn, rows, stmt, tx, held Conn) and server state (server, session, statement) from the
 * log alone.
 *
 * Id spaces: `db` is per world; `conn` is a pool connection id, unique per world (a conn id is allocated
 * when numOpen is raised for it, so a reserved-but-not-yet-dialed opener slot already has one); `session`
 * is the server's connection id (CONNECTION_ID()); `rows`, `stmt`, `tx`, `heldConn`, `waiter` are per world.
 */
import type { Nanos } from './time.ts';
import type { Site } from './site.ts';

/** EventBase is the part every event has. */
export interface EventBase {
  seq: number;
  t: Nanos;
  task?: number;
  site?: Site;
}

/** ConnCloseReason says why the pool closed a connection (the first three feed DBStats counters). */
export type ConnCloseReason =
  | 'maxIdle' // idle list full at release / trimmed by SetMaxIdleConns (MaxIdleClosed)
  | 'maxIdleTime' // cleaner idle-time pass (MaxIdleTimeClosed)
  | 'maxLifetime' // cleaner, checkout or release past ConnMaxLifetime (MaxLifetimeClosed)
  | 'bad' // driver.ErrBadConn, IsValid()==false, failed ResetSession (not counted)
  | 'context' // released with a context error and invalid (not counted)
  | 'serverKill' // the server ended the session (not counted)
  | 'excess' // released while numOpen > MaxOpen after lowering it (not counted)
  | 'dbClose' // DB.Close closed an idle conn, or a conn came back to a closed DB (not counted)
  | 'openerAfterClose'; // the opener finished a dial after DB.Close (not counted)

/** PoolSetting names the four DB setters. */
export type PoolSetting = 'maxOpen' | 'maxIdle' | 'maxLifetime' | 'maxIdleTime';

/** PoolEvent is every event the database/sql pool emits. */
export type PoolEvent =
  | { kind: 'db.open'; db: number; driver: string; dsn: string }
  | { kind: 'db.close'; db: number }
  | {
      kind: 'pool.settings';
      db: number;
      setting: PoolSetting;
      value: number; // the stored value (maxIdle: the stored maxIdleCount, -1 = none, 0 = default)
      maxOpen: number;
      effectiveMaxIdle: number; // after the change
    }
  // numOpen was raised for a conn: directly by a caller (`via: 'direct'`) or as an opener token.
  | { kind: 'conn.reserve'; db: number; conn: number; via: 'direct' | 'opener' }
  | { kind: 'conn.dial.start'; db: number; conn: number; via: 'direct' | 'opener' }
  | { kind: 'conn.dial.end'; db: number; conn: number; session?: number }
  | { kind: 'conn.dial.fail'; db: number; conn: number; error: string }
  // A conn became in use for a caller: popped from idle, fresh from a direct dial, or handed to a waiter.
  | { kind: 'conn.acquire'; db: number; conn: number; from: 'idle' | 'dial' | 'waiter' }
  | { kind: 'conn.wait.start'; db: number; waiter: number }
  | {
      kind: 'conn.wait.end';
      db: number;
      waiter: number;
      outcome: 'conn' | 'error' | 'context' | 'dbClosed';
      waited: Nanos; // added to WaitDuration
      conn?: number;
      error?: string;
    }
  // A checked-out conn came back: to the idle list, straight to a waiter, or closed (a conn.close follows).
  | { kind: 'conn.release'; db: number; conn: number; to: 'idle' | 'waiter' | 'closed'; waiter?: number; error?: string }
  // The opener's dial result went to a waiter or the idle list without ever being in use.
  | { kind: 'conn.handoff'; db: number; conn: number; to: 'idle' | 'waiter' | 'closed'; waiter?: number }
  // A dial error was handed to a waiter by the opener.
  | { kind: 'conn.error.handoff'; db: number; waiter: number; error: string }
  // An idle conn left the idle list to be closed (cleaner, SetMaxIdleConns trim, DB.Close); conn.close follows.
  | { kind: 'conn.idle.remove'; db: number; conn: number; reason: ConnCloseReason }
  // A DBStats close counter went up by one, for this conn (emitted exactly when Go increments it).
  | { kind: 'pool.counter'; db: number; conn: number; counter: 'maxIdleClosed' | 'maxIdleTimeClosed' | 'maxLifetimeClosed' }
  // The conn stopped counting in numOpen (after its driver conn was closed).
  | { kind: 'conn.close'; db: number; conn: number; reason: ConnCloseReason; wasIdle: boolean }
  | {
      kind: 'query.start';
      db: number;
      conn: number;
      op: 'query' | 'exec' | 'ping' | 'prepare' | 'begin' | 'commit' | 'rollback';
      query: number;
      sql?: string;
      args?: number;
    }
  | {
      kind: 'query.end';
      db: number;
      conn: number;
      query: number;
      error?: string;
      rowsAffected?: number;
      lastInsertId?: number;
    }
  | { kind: 'rows.open'; db: number; conn: number; rows: number; query: number; tx?: number; heldConn?: number; stmt?: number }
  | {
      kind: 'rows.close';
      db: number;
      conn: number;
      rows: number;
      by: 'code' | 'autoEOF' | 'context' | 'error' | 'txEnd' | 'scan';
      error?: string;
    }
  | { kind: 'stmt.prepare'; db: number; stmt: number; sql: string; tx?: number; heldConn?: number }
  | { kind: 'stmt.close'; db: number; stmt: number }
  // A driver statement of a Stmt on one conn (database/sql's connStmt): prepared on / closed on that conn.
  | { kind: 'stmt.conn.prepare'; db: number; stmt: number; conn: number }
  | { kind: 'stmt.conn.close'; db: number; stmt: number; conn: number }
  | { kind: 'tx.begin'; db: number; conn: number; tx: number }
  | { kind: 'tx.end'; db: number; conn: number; tx: number; how: 'commit' | 'rollback' | 'contextRollback'; error?: string }
  | { kind: 'heldconn.open'; db: number; conn: number; heldConn: number }
  | { kind: 'heldconn.close'; db: number; conn: number; heldConn: number };

/** ServerCommand is the PROCESSLIST Command column. */
export type ServerCommand = 'Sleep' | 'Query' | 'Execute' | 'Prepare' | 'Close stmt' | 'Connect' | 'Killed' | 'Daemon' | 'Quit';

/** ServerEvent is every event the simulated MySQL server emits. */
export type ServerEvent =
  | { kind: 'server.start'; server: number; variables: Record<string, string | number> }
  | { kind: 'server.session.open'; server: number; session: number; user: string; host: string; db: string | null }
  | {
      kind: 'server.session.close';
      server: number;
      session: number;
      reason: 'quit' | 'clientGone' | 'waitTimeout' | 'kill' | 'refused' | 'error';
      aborted: boolean; // counted in Aborted_clients
    }
  | { kind: 'server.login.refused'; server: number; error: string; session?: number }
  | {
      kind: 'server.session.state';
      server: number;
      session: number;
      command: ServerCommand;
      state: string;
      info: string | null;
      inTx?: boolean;
    }
  | { kind: 'server.setGlobal'; server: number; session?: number; name: string; value: string | number }
  | { kind: 'server.stmt.prepare'; server: number; session: number; stmtId: number; sql: string }
  | { kind: 'server.stmt.close'; server: number; session: number; stmtId: number; reason: 'close' | 'sessionEnd' }
  | { kind: 'server.kill'; server: number; session: number; target: number; what: 'query' | 'connection' };

/** FaultEvent records the fault plan of a run and every fault that fired. */
export type FaultEvent =
  | { kind: 'fault.plan'; plan: unknown }
  | {
      kind: 'fault.fired';
      rule: number | string;
      op: string; // connect, query, exec, prepare, row, commit, rollback, idle, dial, ...
      effect: string; // error, drop, latency, kill, badConn, ...
      db?: number;
      conn?: number;
      server?: number;
      session?: number;
      detail?: string;
    };

/** LogEvent is a line some component printed (the driver's `[mysql] ...` lines, a server log line). */
export type LogEvent = { kind: 'log'; source: 'driver' | 'server' | 'runtime'; text: string };

/** SimEventBody is an event without its seq and time stamp. */
export type SimEventBody = PoolEvent | ServerEvent | FaultEvent | LogEvent;

/** SimEvent is one entry of the log: an event body plus { seq, t, task?, site? }. */
export type SimEvent = SimEventBody & EventBase;

/** EventKind is the set of event `kind` strings. */
export type EventKind = SimEvent['kind'];

/** EventOf narrows SimEvent to one kind. */
export type EventOf<K extends EventKind> = Extract<SimEvent, { kind: K }>;

/** EmitInput is what callers pass to EventLog.emit: the body, optionally with task and site. */
export type EmitInput = SimEventBody & { task?: number; site?: Site };

/** EventLog records the events of one world in order, stamping each with seq, virtual time and task. */
export class EventLog {
  private readonly list: SimEvent[] = [];
  private readonly listeners: ((e: SimEvent) => void)[] = [];
  private seqNo = 0;

  constructor(
    private readonly clock: { now(): Nanos; currentTaskId(): number | undefined },
    /** enabled: when false, events go only to listeners and are not stored. */
    readonly enabled: boolean = true,
  ) {}

  /** emit appends an event (the object itself, stamped with seq and t); `task` defaults to the running task. */
  emit(e: EmitInput): void {
    if (!this.enabled && this.listeners.length === 0) {
      this.seqNo++;
      return;
    }
    // Callers pass a fresh object literal: stamp it in place rather than copying it.
    const ev = e as SimEvent;
    ev.seq = this.seqNo++;
    ev.t = this.clock.now();
    if (ev.task === undefined) {
      const id = this.clock.currentTaskId();
      if (id !== undefined) ev.task = id;
    }
    if (this.enabled) this.list.push(ev);
    for (const l of this.listeners) l(ev);
  }

  /**
   * skip counts an event that was not built because the log is not active (see `active`): the seq numbers
   * and `count` stay what they would be had it been emitted.
   */
  skip(): void {
    this.seqNo++;
  }

  /** events is every stored event, in emission order. */
  get events(): readonly SimEvent[] {
    return this.list;
  }

  /** active is false when events are neither stored nor listened to (callers may skip building them). */
  get active(): boolean {
    return this.enabled || this.listeners.length > 0;
  }

  /** count is how many events were emitted (stored or not). */
  get count(): number {
    return this.seqNo;
  }

  /** subscribe calls fn for every later event (also when storing is disabled); returns an unsubscribe. */
  subscribe(fn: (e: SimEvent) => void): () => void {
    this.listeners.push(fn);
    return () => {
      const i = this.listeners.indexOf(fn);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** ofKind returns the stored events of one kind. */
  ofKind<K extends EventKind>(kind: K): EventOf<K>[] {
    return this.list.filter((e): e is EventOf<K> => e.kind === kind);
  }
}
