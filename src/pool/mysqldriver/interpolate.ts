import { isTimeValue, type Value } from '../driver.ts';
import { formatDatetime } from './values.ts';

function escapeString(s: string): string {
  return s.replace(/[\0\n\r\\'"\x1a]/g, (c) => ({ '\0': '\\0', '\n': '\\n', '\r': '\\r', '\\': '\\\\', "'": "\\'", '"': '\\"', '\x1a': '\\Z' })[c]!);
}

/** interpolateParams is the driver's client-side interpolation; null means fall back to a prepare (driver.ErrSkip). */
export function interpolateParams(query: string, args: Value[], maxAllowedPacket: number): string | null {
  // Like the driver, it counts every '?' in the text, including ones inside string literals.
  const parts = query.split('?');
  if (parts.length - 1 !== args.length) return null;
  let out = parts[0]!;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let lit: string;
    if (a === null) lit = 'NULL';
    else if (typeof a === 'bigint' || typeof a === 'number') lit = String(a);
    else if (typeof a === 'boolean') lit = a ? '1' : '0';
    else if (typeof a === 'string') lit = `'${escapeString(a)}'`;
    else if (a instanceof Uint8Array) lit = `_binary'${escapeString(String.fromCharCode(...a))}'`;
    else if (isTimeValue(a)) lit = `'${formatDatetime(a.unixNanos)}'`;
    else return null;
    out += lit + parts[i + 1]!;
  }
  if (out.length + 4 > maxAllowedPacket) return null;
  return out;
}
