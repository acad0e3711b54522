/**
 * The Pool Lab's handler without a bug (the path nearly every request takes) as a hand-written task
 * iterator: `ctx, cancel := context.WithTimeout(bg, deadline)`, `db.QueryContext`, read every row,
 * `rows.Err()`, `rows.Close()`, `cancel()`. It does what a generator with `yield*` on each blocking call
 * would do, step for step, without a generator frame and a spawn closure per request.
 */
import { withTimeout, type Context } from '../sim/context.ts';
import { DONE_FALSE, DONE_TRUE } from '../sim/done.ts';
import type { GoError } from '../sim/errors.ts';
import type { Nanos } from '../sim/time.ts';
import type { Task } from '../sim/world.ts';
import type { DB } from '../pool/db.ts';
import type { Rows } from '../pool/rows.ts';

/** ServeContext is what every request of a run shares: the pool, context.Background(), the deadline and the bookkeeping. */
export interface ServeContext {
  readonly db: DB;
  readonly bg: Context;
  /** deadline is each request's context timeout, or null for none. */
  readonly deadline: Nanos | null;
  /** goroutines numbers the requests' goroutines (net/http's panic traces show it). */
  goroutines: number;
  finish(endpoint: number, startedAt: Nanos, err: GoError | null): void;
}

type Step = Iterator<unknown, unknown, unknown>;

const FINISHED: IteratorReturnResult<void> = { value: undefined, done: true };

const QUERY = 0;
const QUERYING = 1;
const READING = 2;
const CLOSING = 3;
const ENDED = 4;

/** ServeRequest is one request's task iterator (see the file comment); spawn it with serveTaskBody. */
export class ServeRequest {
  private state = QUERY;
  /** inner is the blocking call being driven (what `yield*` would delegate to), or null. */
  private inner: Step | null = null;
  private cancel: (() => void) | null = null;
  private rows: Rows | null = null;
  private rowsErr: GoError | null = null;

  constructor(private readonly svc: ServeContext, private readonly endpoint: number, private readonly startedAt: Nanos, private readonly sql: string) {}

  /** next runs the handler to its next park (handing the park on to the world) or to its end. */
  next(): IteratorResult<unknown, void> {
    const svc = this.svc;
    switch (this.state) {
      case QUERY: {
        svc.goroutines++;
        let ctx = svc.bg;
        if (svc.deadline !== null) {
          const pair = withTimeout(svc.bg, svc.deadline); // read by index: no array iterator
          ctx = pair[0];
          this.cancel = pair[1];
        }
        this.inner = svc.db.queryContext(ctx, this.sql);
        this.state = QUERYING;
      }
      // falls through
      case QUERYING: {
        const r = this.inner!.next();
        if (!r.done) return r;
        const [rows, err] = r.value as [Rows | null, GoError | null];
        this.inner = null;
        if (err || !rows) {
          svc.finish(this.endpoint, this.startedAt, err);
          return this.end();
        }
        this.rows = rows;
        this.state = READING;
      }
      // falls through
      case READING: {
        const rows = this.rows!;
        let it = this.inner;
        for (;;) {
          if (it === null) {
            // a buffered row comes back as the shared finished call, taken without driving it
            const next = rows.next();
            if (next === DONE_TRUE) continue;
            if (next === DONE_FALSE) break;
            it = next;
          }
          const r = it.next();
          if (!r.done) {
            this.inner = it;
            return r;
          }
          it = null;
          if (!r.value) break;
        }
        this.rowsErr = rows.err();
        this.inner = rows.close();
        this.state = CLOSING;
      }
      // falls through
      case CLOSING: {
        const r = this.inner!.next();
        if (!r.done) return r;
        this.inner = null;
        svc.finish(this.endpoint, this.startedAt, this.rowsErr);
        return this.end();
      }
      default:
        return FINISHED;
    }
  }

  private end(): IteratorReturnResult<void> {
    this.state = ENDED;
    this.rows = null;
    const cancel = this.cancel;
    this.cancel = null;
    cancel?.();
    return FINISHED;
  }
}

/** serveTaskBody is the body of a request task spawned with `{ data: new ServeRequest(...) }`. */
export function serveTaskBody(task: Task<void>): Generator<unknown, void, unknown> {
  return task.data as Generator<unknown, void, unknown>;
}
