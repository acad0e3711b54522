import { Call, PARKED, type RunStep } from '../sim/call.ts';
import type { Context } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Wait } from '../sim/world.ts';
import { isBadConn, MAX_BAD_CONN_RETRIES, nextObjectId, strategyFor, type DB } from './db.ts';
import type { DriverConn } from './driver-conn.ts';
import type { NamedValue, Value } from './driver.ts';
import { namedValues, NO_ARGS as NO_NAMED, NO_OWNER, queryDCAnswer, queryDCRest, type QueryDone } from './query-dc.ts';
import type { Release, Rows } from './rows.ts';

type QueryResult = [Rows | null, GoError | null];
type Acquired = [DriverConn | null, GoError | null];

const NO_ARGS: Value[] = [];

// The steps of a query attempt.
const ACQUIRE = 0;
const ACQUIRING = 1;
const PARKED_IN_DRIVER = 2;
const FINISHING = 3;

/**
 * QueryCall is DB.QueryContext as a Call (see src/sim/call.ts): the retry loop over acquireConn and queryDC,
 * parked in the driver (Conn.queryBegin / queryEnd) in its own state, without a generator or a QueryFlight. The
 * steps, events and results are those of the generator it replaces:
 *
 *     for i := 0; ; i++ { dc := conn(strategy(i)); r := queryDC(dc); if !retryable(r) { return r } }
 */
export class QueryCall extends Call<QueryResult> {
  private attempt = 0;
  private step = ACQUIRE;
  /** the attempt parked in the driver: its conn, release, named values, query id and whether it logs. */
  private dc: DriverConn | null = null;
  private release: Release | null = null;
  private nv: NamedValue[] = NO_NAMED;
  private qid = 0;
  private logging = false;

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
          // queryDCBegin written out, keeping what the park needs in this call.
          const db = this.db;
          const release = db.releaser(dc);
          const args = this.args ?? NO_ARGS;
          const nv = args.length === 0 ? NO_NAMED : namedValues(args);
          const qid = nextObjectId(db.world);
          const logging = db.world.log.active;
          if (logging) db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'query', query: qid, sql: this.query, args: args.length, site: this.site });
          const ci = dc.ci;
          if (!ci.queryBegin) done = queryDCRest(db, this.ctx, undefined, dc, release, this.query, nv, qid, this.site, NO_OWNER, logging);
          else {
            const r = ci.queryBegin(this.ctx, this.query, nv);
            if (!Array.isArray(r)) {
              if ((r as Wait<unknown>).parkNow() !== null) {
                this.dc = dc;
                this.release = release;
                this.nv = nv;
                this.qid = qid;
                this.logging = logging;
                this.step = PARKED_IN_DRIVER;
                return PARKED;
              }
              done = queryDCAnswer(db, this.ctx, undefined, dc, release, this.query, nv, qid, this.site, NO_OWNER, logging, ci.queryEnd!());
            } else done = queryDCAnswer(db, this.ctx, undefined, dc, release, this.query, nv, qid, this.site, NO_OWNER, logging, r);
          }
          break;
        }
        case PARKED_IN_DRIVER: {
          const dc = this.dc!;
          const release = this.release!;
          this.dc = null;
          this.release = null;
          done = queryDCAnswer(this.db, this.ctx, undefined, dc, release, this.query, this.nv, this.qid, this.site, NO_OWNER, this.logging, dc.ci.queryEnd!());
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
