/** map: Go maps on JS Maps, with canonical keys for composite keys and seeded random iteration order. */
import { mapKey, simpleKey, type RType } from './rtype.ts';
import { runtimePanic } from './panic.ts';
import type { Rng } from '../../sim/rng.ts';

/** GoMap is a non-nil map (nil is `null`). Entries keep the original key for range and printing. */
export class GoMap {
  readonly m = new Map<any, [any, any]>();
  readonly simple: boolean;
  /** GoMap creates an empty map of type t (map[K]V). */
  constructor(readonly t: RType) { this.simple = simpleKey(t.key!); }
  /** key maps a Go key to its JS Map key. */
  key(k: any): any { return this.simple ? k : mapKey(this.t.key!, k); }
}

function checkHashable(t: RType, k: any): void {
  if (t.key!.kind === 'interface' && k !== null) {
    const dk = k.t.kind;
    if (dk === 'slice' || dk === 'map' || dk === 'func') throw runtimePanic(`hash of unhashable type ${k.t.str}`);
  }
}

/** mget is m[k] (the zero value when missing or when m is nil). */
export function mget(m: GoMap | null, k: any, zero: () => any): any {
  if (m === null) return zero();
  if (!m.simple) checkHashable(m.t, k);
  const e = m.m.get(m.key(k));
  return e === undefined ? zero() : e[1];
}
/** mget2 is `v, ok := m[k]`. */
export function mget2(m: GoMap | null, k: any, zero: () => any): [any, boolean] {
  if (m === null) return [zero(), false];
  if (!m.simple) checkHashable(m.t, k);
  const e = m.m.get(m.key(k));
  return e === undefined ? [zero(), false] : [e[1], true];
}
/** mset is m[k] = v; writing to a nil map panics like Go. */
export function mset(m: GoMap | null, k: any, v: any): void {
  if (m === null) mapNilPanic();
  checkHashable(m.t, k);
  let key = m.key(k);
  // NaN != NaN: every NaN key is a new entry that can never be found again, as in Go
  if (key !== key) key = Symbol('NaN');
  const e = m.m.get(key);
  if (e) e[1] = v; else m.m.set(key, [k, v]);
}
function mapNilPanic(): never {
  throw runtimePanic('assignment to entry in nil map', false, true);
}
/** mdelete is delete(m, k). */
export function mdelete(m: GoMap | null, k: any): void {
  if (m === null) return;
  if (!m.simple) checkHashable(m.t, k);
  m.m.delete(m.key(k));
}
/** mlen is len(m). */
export function mlen(m: GoMap | null): number { return m === null ? 0 : m.m.size; }

/** mrange returns a snapshot of the entries in Go-like random order (a seeded rotation of insertion order). */
export function mrange(m: GoMap | null, rng: Rng): [any, any][] {
  if (m === null || m.m.size === 0) return [];
  const keys = [...m.m.keys()];
  const off = rng.int(keys.length);
  const out: [any, any][] = [];
  for (let i = 0; i < keys.length; i++) out.push([keys[(i + off) % keys.length], null]);
  return out;
}
/** mentry looks up an entry during range (deleted entries are skipped, as Go does). */
export function mentry(m: GoMap, key: any): [any, any] | undefined { return m.m.get(key); }
