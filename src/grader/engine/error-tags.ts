/** goErrorTags: the grader's ErrorTags for a Go error value the learner's call returned (errors.Is as the runtime does it). */
import { ERROR_SENTINELS } from '../error-tags.ts';
import { isErr } from '../../go/std/errors.ts';
import { drive } from '../../go/runtime/panic-print.ts';
import type { Iface } from '../../go/runtime/rtype.ts';
import { toArray, Slice } from '../../go/runtime/slice.ts';
import { mysqlErrorT, toIface } from '../../go/std/sql/values.ts';
import { ptrTo } from '../../go/runtime/rtype.ts';

function children(g: unknown, e: Iface): (Iface | null)[] {
  const m = e.t.methods.get('Unwrap');
  if (m) {
    const r = drive(m(g, e.v)) as Iface | Slice | null;
    if (r === null) return [];
    return r instanceof Slice ? (toArray(r) as (Iface | null)[]) : [r];
  }
  if (e.v && Array.isArray(e.v.errs)) return e.v.errs;
  return [];
}

/** goErrorText is err.Error() (a Go byte string). */
export function goErrorText(g: unknown, err: Iface): string {
  return drive(err.t.methods.get('Error')!(g, err.v)) as string;
}

/** goErrorTags lists the tags errors.Is matches for err; callback is the harness callback's error value. */
export function goErrorTags(g: unknown, err: Iface, callback: Iface | null): string[] {
  const tags: string[] = [];
  for (const [tag, target] of ERROR_SENTINELS) if (isErr(g, err, toIface(target))) tags.push(tag);
  if (callback && isErr(g, err, callback)) tags.push('callback');
  const nums = new Set<number>();
  const mp = ptrTo(mysqlErrorT);
  const walk = (e: Iface | null, depth: number): void => {
    if (e === null || depth > 100) return;
    if (e.t === mp && e.v) nums.add(e.v.Number);
    for (const c of children(g, e)) walk(c, depth + 1);
  };
  walk(err, 0);
  for (const n of [...nums].sort((a, b) => a - b)) tags.push(`mysql:${n}`);
  return tags;
}
