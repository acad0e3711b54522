import { Call, PARKED, type RunStep } from '../sim/call.ts';
import type { Context } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import { isBadConn, MAX_BAD_CONN_RETRIES, strategyFor, type DB } from './db.ts';
import type { DriverConn } from './driver-conn.ts';
import type { Value } from './driver.ts';
import { NO_OWNER, QueryFlight, queryDCBegin, type QueryDone } from './query-dc.ts';
import type { Rows } from './rows.ts';

type QueryResult = [Rows | null, GoError | null];
type Acquired = [DriverConn | null, GoError | null];

const NO_ARGS: Value[] = [];

// The steps of a query attempt.
const ACQUIRE = 0;
const ACQUIRING = 1;
const PARKED_IN_DRIVER = 2;
const FINISHING = 3;

/**
 * QueryCall is DB.QueryContext as a Call (see src/sim/call.ts): the retry loop over acquireConn and
 * queryDCBegin, parked in the driver through a QueryFlight, without a generator of its own. The steps, events
 * and results are those of the generator it replaces:
 *
 *     for i := 0; ; i++ { dc := conn(strategy(i)); r := queryDC(dc); if !retryable(r) { return r } }
 */
export class QueryCall extends Call<QueryResult> {
  private attempt = 0;
  private step = ACQUIRE;
  private flight: QueryFlight | null = null;

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
    let done: QueryDone;
    for (;;) {
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
          const dc = acq[0];
          const e = acq[1];
          if (e !== null || !dc) {
            input = [null, e];
            this.step = FINISHING;
            continue;
          }
          const db = this.db;
          const s = queryDCBegin(db, this.ctx, undefined, dc, db.releaser(dc), this.query, this.args ?? NO_ARGS, this.site, NO_OWNER);
          if (s instanceof QueryFlight) {
            if (s.wait.parkNow() !== null) {
              this.flight = s;
              this.step = PARKED_IN_DRIVER;
              return PARKED;
            }
            done = s.end();
          } else done = s;
          break;
        }
        case PARKED_IN_DRIVER: {
          const f = this.flight!;
          this.flight = null;
          done = f.end();
          break;
        }
        default: {
          // FINISHING: the attempt's result is in input.
          const r = input as QueryResult;
          if (r[1] === null || this.attempt === MAX_BAD_CONN_RETRIES || !isBadConn(r[1])) return this.finish(r);
          this.attempt++;
          this.step = ACQUIRE;
          continue;
        }
      }
      // The driver answered: done is the result, or the generator of the rest.
      this.step = FINISHING;
      if (!Array.isArray(done)) return this.delegate(done);
      input = done;
    }
  }
}
