/**
 * The checks' vocabulary: what a scenario can assert about a learner's run, with each check's parameters.
 * Every check produces evidence a learner can act on (see report.ts).
 */
import { z } from 'zod';

/** ErrorTag names an error the harness tests with errors.Is: a context error, the callback's error, a MySQL error number, or a sentinel. */
export const ErrorTag = z
  .union([
    z.enum(['context.DeadlineExceeded', 'context.Canceled', 'callback', 'mysql.ErrInvalidConn', 'sql.ErrNoRows', 'sql.ErrTxDone', 'sql.ErrConnDone']),
    z.string().regex(/^mysql:\d{4,5}$/, 'a MySQL error is written mysql:NNNN, like mysql:1146'),
  ])
  .describe('an error the harness matches with errors.Is: a context error, the callback\'s own error, mysql:NNNN (a *mysql.MySQLError with that Number), or a database/sql / driver sentinel');
/** ErrorTagValue is one ErrorTag. */
export type ErrorTagValue = z.infer<typeof ErrorTag>;

const noLeaks = z
  .object({ check: z.literal('noLeaks') })
  .strict()
  .describe('every Rows, Stmt, Tx and Conn the learner acquired is closed by their code before the call returns (a release that came only from the context ending after the call returned counts as a leak; one the call\'s own deadline caused while it ran does not); InUse == 0 at the end; the server\'s prepared statements are back to baseline; no learner goroutine is still blocked');

const correctResult = z
  .object({ check: z.literal('correctResult') })
  .strict()
  .describe('each call returns what the reference solution returns for the same call on the same seeded data (results and error-or-not, HTTP status and body for handlers)');

const errorPropagated = z
  .object({
    check: z.literal('errorPropagated'),
    is: ErrorTag,
  })
  .strict()
  .describe('every call on which the reference solution returns an error matching `is` also returns an error matching `is` (wrapped is fine); partial results are not returned as success');

const deadlineRespected = z
  .object({
    check: z.literal('deadlineRespected'),
    graceMs: z.number().min(0).max(1000).default(5).describe('how far past the deadline a call may return (virtual ms)'),
  })
  .strict()
  .describe('with a deadline, every call returns context.DeadlineExceeded (wrapped is fine) by the deadline plus graceMs, and every connection it took is released by then');

const holdsUnderLoad = z
  .object({
    check: z.literal('holdsUnderLoad'),
    maxTotalWaitMs: z.number().min(0).describe('bound on DBStats.WaitDuration at the end of the scenario (virtual ms)'),
  })
  .strict()
  .describe('every call finishes (no deadlock, nothing left blocked), no call fails with Error 1040, and the pool\'s total wait stays within maxTotalWaitMs');

const preparedOnce = z
  .object({
    check: z.literal('preparedOnce'),
    perCall: z.number().int().min(0).default(1).describe('how many explicit Prepare calls one call may make'),
  })
  .strict()
  .describe('statements are prepared once per call (or once at start-up), not once per item');

const onePool = z
  .object({ check: z.literal('onePool') })
  .strict()
  .describe('the learner\'s code uses the *sql.DB it is given and never opens a pool of its own');

/** CheckSpec is one check of a scenario, with its parameters. */
export const CheckSpec = z
  .discriminatedUnion('check', [noLeaks, correctResult, errorPropagated, deadlineRespected, holdsUnderLoad, preparedOnce, onePool])
  .describe('one check the scenario asserts');
/** CheckSpecValue is a validated check. */
export type CheckSpecValue = z.infer<typeof CheckSpec>;
/** CheckName is the name of a check. */
export type CheckName = CheckSpecValue['check'];

// The names live in check-names.ts (no schema library there, for the browser worker); re-exported here.
export { CHECK_NAMES, isCheckName } from './check-names.ts';
