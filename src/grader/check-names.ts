/**
 * The checks' names without their schemas (checks.ts): what the runner worker's grading path needs, so the
 * browser worker does not bundle the schema library.
 */
import type { CheckName } from './checks.ts';

/** CHECK_NAMES lists every check the grader knows, in the order reports show them. */
export const CHECK_NAMES = ['noLeaks', 'correctResult', 'errorPropagated', 'deadlineRespected', 'holdsUnderLoad', 'preparedOnce', 'onePool'] as const satisfies readonly CheckName[];

/** isCheckName says whether s names a check. */
export function isCheckName(s: string): s is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(s);
}
