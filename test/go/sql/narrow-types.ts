/**
 * narrow-types: whether the driver model already hands database/sql uint64 (UNSIGNED BIGINT up to MaxInt64) and
 * float32 (FLOAT) values, as go-sql-driver/mysql 1.9 does, or still int64/float64 (until the Go runtime's `any`
 * destinations take them). Tests comparing with recorded real output use it to name the one difference: the Go
 * type in a line, never its value.
 */
import { toDriverValue } from '../../../src/pool/mysqldriver/values.ts';
import { isFloat32Value, isUint64Value } from '../../../src/pool/convert.ts';

/** NARROW_TYPES is true once the driver model decodes UNSIGNED BIGINT to uint64 and FLOAT to float32. */
export const NARROW_TYPES =
  isUint64Value(toDriverValue(1, { name: 'u', type: 'LONGLONG', unsigned: true }, false, false)) &&
  isFloat32Value(toDriverValue(0.5, { name: 'f', type: 'FLOAT' }, false, false));

/** widened is a recorded line as our driver prints it while NARROW_TYPES is false: uint64 named int64, float32 float64. */
export function widened(line: string): string {
  return NARROW_TYPES ? line : line.replace(/\buint64\b/g, 'int64').replace(/\bfloat32\b/g, 'float64');
}
