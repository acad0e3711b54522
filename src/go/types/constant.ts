/** Constant values of the checker: exact integers as BigInt, floats as JS numbers, strings as Go byte strings. */

/** ConstValue is a constant's value; `int` covers untyped rune constants too. */
export type ConstValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'unknown' };

/** UNKNOWN is the value of a constant whose computation failed (errors already reported). */
export const UNKNOWN: ConstValue = { kind: 'unknown' };

/** intVal builds an integer constant. */
export function intVal(v: bigint | number): ConstValue {
  return { kind: 'int', value: BigInt(v) };
}
