import type { ServerError } from './server-error.ts';
import type { Column, SqlValue } from './sql-values.ts';

/** Command is a client command packet the driver sends (COM_QUERY, COM_STMT_PREPARE, ...). */
export type Command =
  | { kind: 'query'; sql: string }
  | { kind: 'prepare'; sql: string }
  | { kind: 'execute'; stmtId: number; params: SqlValue[] }
  | { kind: 'ping' };

/** RowsCut ends a result stream early: after `after` rows the client reads EOF (a drop) or an error packet. */
export interface RowsCut { after: number; end: 'eof' | ServerError }

/** Chunk is the next part of a streamed result: more rows (done at the end), an error packet, or EOF. */
export type Chunk = { kind: 'rows'; rows: SqlValue[][]; done: boolean } | { kind: 'error'; error: ServerError } | { kind: 'eof' };

/** ResultStream is a result larger than the socket buffers: the server sends the rest as the client reads. */
export interface ResultStream { more(): Pending<Chunk> }

/** Reply is what the client reads back for a command. */
export type Reply =
  | { kind: 'ok'; affectedRows: number; lastInsertId: number }
  | { kind: 'rows'; columns: Column[]; rows: SqlValue[][]; cut?: RowsCut; stream?: ResultStream }
  | { kind: 'prepared'; stmtId: number; params: number; columns: number }
  | { kind: 'error'; error: ServerError }
  | { kind: 'eof' };

const NOOP = (): void => {};

/** Wakeable is a parked reader Pending wakes directly (a sim Wait), without an onReady closure. */
export interface Wakeable { wake(v: 'reply'): boolean }

/**
 * Pending is a value that arrives at a later virtual instant. Waiters subscribe with onReady, or park a
 * sim Wait on it with wakeOnReady (no closures: the driver's hot read path); both run in subscription order.
 */
export class Pending<T> {
  private val: T | undefined;
  private done = false;
  /** first: the first subscriber; rest: later ones, created with the second (both null once resolved). */
  private first: (() => void) | Wakeable | null = null;
  private rest: ((() => void) | Wakeable)[] | null = null;

  /** ready reports whether the value has arrived. */
  get ready(): boolean {
    return this.done;
  }

  /** value is the arrived value (only when ready). */
  get value(): T {
    if (!this.done) throw new Error('mysql: Pending.value before ready');
    return this.val as T;
  }

  /** resolve delivers the value once; later calls are ignored. */
  resolve(v: T): void {
    if (this.done) return;
    this.done = true;
    this.val = v;
    const first = this.first;
    const rest = this.rest;
    this.first = null;
    this.rest = null;
    if (first) notify(first);
    if (rest) for (const sub of rest) notify(sub);
  }

  /** onReady runs cb when the value arrives (at once if it has); returns an unsubscribe. */
  onReady(cb: () => void): () => void {
    if (this.done) {
      cb();
      return NOOP;
    }
    this.add(cb);
    return () => this.drop(cb);
  }

  /** wakeOnReady wakes w with 'reply' when the value arrives (only call it while not ready); undo with dropWaker. */
  wakeOnReady(w: Wakeable): void {
    this.add(w);
  }

  /** dropWaker undoes wakeOnReady (no-op once resolved). */
  dropWaker(w: Wakeable): void {
    this.drop(w);
  }

  private add(sub: (() => void) | Wakeable): void {
    if (this.first === null && this.rest === null) this.first = sub;
    else (this.rest ??= []).push(sub);
  }

  private drop(sub: (() => void) | Wakeable): void {
    if (this.first === sub) {
      this.first = null;
      return;
    }
    const rest = this.rest;
    if (!rest) return;
    const i = rest.indexOf(sub);
    if (i >= 0) rest.splice(i, 1);
  }
}

function notify(sub: (() => void) | Wakeable): void {
  if (typeof sub === 'function') sub();
  else sub.wake('reply');
}

/** ServerSide is what a ClientSocket needs from the server (implemented by MysqlServer). */
export interface ServerSide {
  receive(socket: ClientSocket, cmd: Command): Pending<Reply>;
  receiveCloseStmt(socket: ClientSocket, stmtId: number): void;
  receiveQuit(socket: ClientSocket): void;
  clientGone(socket: ClientSocket): void;
}

/** ClientSocket is the client's end of one TCP connection to the simulated server. */
export class ClientSocket {
  /** closed: the client closed its end (COM_QUIT or an abrupt close). */
  closed = false;
  /** peerClosed: the server closed its end; the next read sees `pendingPacket` and then EOF. */
  peerClosed = false;
  /** pendingPacket is an error packet the server wrote before closing (MySQL >= 8.0.24's 4031). */
  pendingPacket: ServerError | null = null;
  /** serverState is the server's record of this connection (its session), opaque to the client. */
  serverState: object | null = null;

  constructor(
    private readonly server: ServerSide,
    /** sessionId is the server's connection id (CONNECTION_ID()). */
    readonly sessionId: number,
    /** localAddr is the client's `ip:port`, as the server shows it in Host. */
    readonly localAddr: string,
    /** remoteAddr is the server's `ip:port`. */
    readonly remoteAddr: string,
  ) {}

  /** send writes a command and returns its reply; a peer-closed socket answers with its packet or EOF. */
  send(cmd: Command): Pending<Reply> {
    const p = new Pending<Reply>();
    if (this.closed) {
      p.resolve({ kind: 'eof' });
      return p;
    }
    if (this.peerClosed) {
      const pkt = this.pendingPacket;
      this.pendingPacket = null;
      p.resolve(pkt ? { kind: 'error', error: pkt } : { kind: 'eof' });
      return p;
    }
    return this.server.receive(this, cmd);
  }

  /** closeStmt sends COM_STMT_CLOSE (no reply). */
  closeStmt(stmtId: number): void {
    if (!this.closed && !this.peerClosed) this.server.receiveCloseStmt(this, stmtId);
  }

  /** quit sends COM_QUIT and closes the socket. */
  quit(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.peerClosed) this.server.receiveQuit(this);
  }

  /** abort closes the socket without COM_QUIT (the watcher on a cancelled context, a read error). */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.peerClosed) this.server.clientGone(this);
  }

  /** check is connCheck's non-blocking 1-byte read: null (would block), 'EOF', or 'unexpected read from socket'. */
  check(): string | null {
    if (!this.peerClosed) return null;
    return this.pendingPacket ? 'unexpected read from socket' : 'EOF';
  }
}
