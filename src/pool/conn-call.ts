import { Call, PARKED, type RunStep } from '../sim/call.ts';
import type { Context, DoneListener } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import type { Wait } from '../sim/world.ts';
import type { DB, Strategy } from './db.ts';
import type { DriverConn } from './driver-conn.ts';

/** ConnWake is what wakes a waiting ConnCall: a conn (or a dial error) handed over, DB.Close, or its context. */
export type ConnWake = 'conn' | 'closed' | 'ctx';

/** ConnStep is a step of DB.conn: the result, the generator of the rest, or null when the task parked as a waiter. */
export type ConnStep = [DriverConn | null, GoError | null] | Generator<unknown, [DriverConn | null, GoError | null], unknown> | null;

/**
 * ConnCall is one DB.conn call (see Call): the `yield*` target the pool's entry points wait on, and, while it
 * waits for a conn, its entry in the DB's wait queue (Go's connRequest). The steps are DB.connBegin and
 * DB.connAfterWait; what a releaser hands over is kept here instead of in a request object.
 */
export class ConnCall extends Call<[DriverConn | null, GoError | null]> implements DoneListener {
  /** id is the waiter id of the conn.wait events (set when the call starts waiting). */
  id = 0;
  /** index is the position in the DB's wait queue, -1 once taken out of it. */
  index = -1;
  wait: Wait<ConnWake> | null = null;
  /** gotDc / gotErr: what a releaser or the opener handed over (with wake 'conn'). */
  gotDc: DriverConn | null = null;
  gotErr: GoError | null = null;
  /** delivered: the hand-over came after the context had already ended the wait (Go's buffered channel). */
  delivered = false;
  /** lifetime is ConnMaxLifetime as it was when the call started (Go reads it once, before waiting). */
  lifetime: Nanos = 0;
  /** waitStart is when the call started waiting. */
  waitStart: Nanos = 0;
  /** listening: the wait listens to ctx (DoneListener); unsub: its onDone fallback. */
  listening = false;
  unsub: (() => void) | null = null;
  private phase = 0;

  constructor(
    readonly db: DB,
    readonly ctx: Context,
    readonly strategy: Strategy,
    readonly site: Site | undefined,
  ) {
    super();
  }

  /** deliver hands dc (or a dial error) to this waiter; kept as delivered when the wait had already ended. */
  deliver(dc: DriverConn | null, err: GoError | null): void {
    this.gotDc = dc;
    this.gotErr = err;
    if (!this.wait!.wake('conn')) this.delivered = true;
  }

  /** ctxDone is the waiter's context ending. */
  ctxDone(): void {
    this.wait!.wake('ctx');
  }

  protected run(input: unknown): RunStep {
    let step: ConnStep;
    if (this.phase === 0) {
      this.phase = 1;
      step = this.db.connBegin(this);
      if (step === null) return PARKED;
    } else if (this.phase === 1) {
      this.phase = 2;
      step = this.db.connAfterWait(this);
    } else return this.finish(input as [DriverConn | null, GoError | null]);
    if (Array.isArray(step)) return this.finish(step);
    this.phase = 2;
    return this.delegate(step!);
  }
}
