import type { ServerCommand } from '../sim/events.ts';
import type { Nanos } from '../sim/time.ts';
import type { Timer } from '../sim/world.ts';
import type { ClientSocket, Pending, Reply } from './wire.ts';
import type { RowSource } from './sql-values.ts';

/** PreparedStatement is a server-side statement of one session. */
export interface PreparedStatement { id: number; sql: string; params: number }

/** RunningStatement is the statement a session is executing now. */
export interface RunningStatement {
  sql: string;
  timer: Timer;
  reply: Pending<Reply>;
  result: Reply;
  /** sleepOnly: `SELECT SLEEP(n)` / `DO SLEEP(n)`, which KILL QUERY ends with result 1 and no error. */
  sleepOnly: boolean;
}

/** Session is one server connection (a thread in PROCESSLIST). */
export interface Session {
  id: number;
  user: string;
  host: string;
  db: string | null;
  admin: boolean;
  command: ServerCommand;
  state: string;
  info: string | null;
  since: Nanos;
  inTx: boolean;
  waitTimeout: number;
  /** lockWaitTimeout is the session's innodb_lock_wait_timeout (seconds). */
  lockWaitTimeout: number;
  /** locks are the row locks this session's open transaction holds (`table#id`); null for none. */
  locks: Set<string> | null;
  socket: ClientSocket | null;
  /** stmts are the session's prepared statements by id; null for none. */
  stmts: Map<number, PreparedStatement> | null;
  nextStmtId: number;
  lastInsertId: number;
  running: RunningStatement | null;
  /** idleTimers are the fault plan's idle-rule timers for the current idle period; null for none. */
  idleTimers: Timer[] | null;
  /** waitTimer is the session's lazy wait_timeout timer. */
  waitTimer: Timer | null;
  /** streaming is a result still being sent (the session shows `Query` / `Sending to client`). */
  streaming: { source: RowSource; interrupted: boolean } | null;
  /** clientGone: the client closed its socket while a statement ran; the server notices when it answers. */
  clientGone: boolean;
}
