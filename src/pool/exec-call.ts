import { Call, PARKED, type RunStep } from '../sim/call.ts';
import type { Context } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Wait } from '../sim/world.ts';
import { isBadConn, MAX_BAD_CONN_RETRIES, nextObjectId, strategyFor, type DB } from './db.ts';
import type { DriverConn } from './driver-conn.ts';
import { ErrSkip, type NamedValue, type Value } from './driver.ts';
import { endEvent, execDCFinish, execDCRun, namedValues, type Result } from './query-dc.ts';

type ExecResult = [Result | null, GoError | null];
type Acquired = [DriverConn | null, GoError | null];

const NO_ARGS: Value[] = [];

// The steps of an exec attempt.
const ACQUIRE = 0;
const ACQUIRING = 1;
const PARKED_IN_DRIVER = 2;
const RELEASING = 3;
const FINISHING = 4;

/**
 * ExecCall is DB.ExecContext as a Call (see src/sim/call.ts): the retry loop over acquireConn and execDC, parked
 * in the driver (Conn.execBegin / execEnd) in its own state, and the conn handed back through putConnStart, as
 * QueryCall does for queries. The steps, events and results are those of the generators it replaces; a driver
 * without execBegin, the hidden prepare after ErrSkip and a release that blocks go through execDC's generators.
 */
export class ExecCall extends Call<ExecResult> {
  private attempt = 0;
  private step = ACQUIRE;
  /** the attempt parked in the driver: its conn, named values and query id. */
  private dc: DriverConn | null = null;
  private nv: NamedValue[] = [];
  private qid = 0;
  /** held: the attempt's result while its conn is being released. */
  private held: ExecResult | null = null;

  constructor(
    private readonly db: DB,
    private readonly ctx: Context,
    private readonly query: string,
    private readonly args: Value[] | undefined,
    private readonly site: Site | undefined,
  ) {
    super();
  }

  protected run(input: unknown): RunStep {
    for (;;) {
      let answer: ExecResult;
      let dc: DriverConn;
      switch (this.step) {
        case ACQUIRE: {
          const got = this.db.acquireConn(this.ctx, strategyFor(this.attempt), this.site);
          if (!Array.isArray(got)) {
            this.step = ACQUIRING;
            return this.delegate(got);
          }
          input = got;
        }
        // falls through: the conn (or the error) is in input
        case ACQUIRING: {
          const acq = input as Acquired;
          const e = acq[1];
          if (e !== null || !acq[0]) {
            input = [null, e];
            this.step = FINISHING;
            continue;
          }
          dc = acq[0];
          // execDC written out up to the driver's answer.
          const db = this.db;
          const release = db.releaser(dc);
          const args = this.args ?? NO_ARGS;
          const nv = namedValues(args);
          const qid = nextObjectId(db.world);
          db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'exec', query: qid, sql: this.query, args: args.length, site: this.site });
          const ci = dc.ci;
          if (!ci.execBegin) {
            this.step = FINISHING;
            return this.delegate(execDCRun(db, this.ctx, dc, release, this.query, nv, qid));
          }
          const r = ci.execBegin(this.ctx, this.query, nv);
          this.nv = nv;
          this.qid = qid;
          if (!Array.isArray(r)) {
            if ((r as Wait<unknown>).parkNow() !== null) {
              this.dc = dc;
              this.step = PARKED_IN_DRIVER;
              return PARKED;
            }
            answer = ci.execEnd!();
          } else answer = r;
          break;
        }
        case PARKED_IN_DRIVER: {
          dc = this.dc!;
          this.dc = null;
          answer = dc.ci.execEnd!();
          break;
        }
        case RELEASING: {
          input = this.held;
          this.held = null;
          this.step = FINISHING;
          continue;
        }
        default: {
          // FINISHING: the attempt's result is in input.
          const r = input as ExecResult;
          if (r[1] === null || this.attempt === MAX_BAD_CONN_RETRIES || !isBadConn(r[1])) return this.finish(r);
          this.attempt++;
          this.step = ACQUIRE;
          continue;
        }
      }
      // The driver answered: execDCFinish's steps, without a generator when nothing blocks.
      const db = this.db;
      const res = answer[0];
      const err = answer[1];
      if (err === ErrSkip) {
        this.step = FINISHING;
        return this.delegate(execDCFinish(db, this.ctx, dc, db.releaser(dc), this.query, this.nv, this.qid, res, err, false));
      }
      endEvent(db, dc, this.qid, err, res);
      const result: ExecResult = err !== null ? [null, err] : [res, null];
      const tail = db.putConnStart(dc, err, true);
      if (tail !== null) {
        this.held = result;
        this.step = RELEASING;
        return this.delegate(tail);
      }
      input = result;
      this.step = FINISHING;
    }
  }
}
