/** rtype: runtime type descriptors — what %T, %v, interfaces, map keys, zero values and copies need to know. */

/** Kind is the runtime kind of a Go type. */
export type Kind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'string' | 'slice' | 'array' | 'map' | 'ptr' | 'struct' | 'interface' | 'func' | 'chan'
  | 'unsafeptr' | 'host';

/** RField is one struct field. */
export interface RField { name: string; key: string; type: RType; embedded: boolean; exported: boolean; tag?: string }

/** Method is a compiled method: a generator function taking the goroutine, the receiver and the arguments. */
export type Method = (g: any, recv: any, ...args: any[]) => Generator<unknown, any, unknown>;

/** RType is a runtime type descriptor. Named types have `name` (and `pkg`); `methods` is their method set. */
export interface RType {
  id: number;
  kind: Kind;
  str: string;                // Go's spelling, as %T prints it
  name?: string;              // for named types: the bare name
  pkg?: string;               // package of a named type
  elem?: RType;
  key?: RType;
  len?: number;
  fields?: RField[];
  imethods?: string[];        // interface: sorted method names
  params?: RType[]; results?: RType[]; variadic?: boolean;
  dir?: 'both' | 'send' | 'recv';
  methods: Map<string, Method>;
  ptr?: RType;                // cached *T
  zero: () => any;
  /** host: for opaque host types, clone/equal/zero behaviour. */
  hostClone?: (v: any) => any;
}

let nextId = 1;

/** ALLOC counts allocated elements; the runtime charges them to the step budget (a cap on allocation). */
export const ALLOC = { n: 0 };
const noMethods = new Map<string, Method>();

function isValueAggregate(t: RType): boolean { return t.kind === 'struct' || t.kind === 'array' || (t.kind === 'host' && !!t.hostClone); }

function mk(kind: Kind, str: string, zero: () => any, extra: Partial<RType> = {}): RType {
  return { id: nextId++, kind, str, methods: noMethods, zero, ...extra };
}

const basicZero: Record<string, () => any> = {};
/** basic holds the predeclared basic types. */
export const basic: Record<string, RType> = {};
for (const k of ['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'string', 'unsafeptr'] as Kind[]) {
  const z = k === 'bool' ? () => false : k === 'string' ? () => '' : k === 'unsafeptr' ? () => null : () => 0;
  basicZero[k] = z;
  basic[k] = mk(k, k === 'unsafeptr' ? 'unsafe.Pointer' : k, z);
}
basic.byte = basic.uint8;
basic.rune = basic.int32;

/** anyType is the empty interface `interface {}`. */
export const anyType: RType = mk('interface', 'interface {}', () => null, { imethods: [] });
/** errorType is the predeclared `error` interface. */
export const errorType: RType = mk('interface', 'error', () => null, { imethods: ['Error'], name: 'error' });

// Composite descriptors are cached per element type in WeakMaps: a run's own types (and their composites) are
// collected with the run instead of accumulating in module-level maps.
const sliceCache = new WeakMap<RType, RType>();
const arrayCache = new WeakMap<RType, Map<number, RType>>();
const mapCache = new WeakMap<RType, WeakMap<RType, RType>>();
const chanCache = new WeakMap<RType, Partial<Record<'both' | 'send' | 'recv', RType>>>();

/** sliceOf returns the descriptor of []elem. */
export function sliceOf(elem: RType): RType {
  let t = sliceCache.get(elem);
  if (!t) { t = mk('slice', '[]' + elem.str, () => null, { elem }); sliceCache.set(elem, t); }
  return t;
}
/** ptrTo returns the descriptor of *elem (its method set includes elem's value methods, wired by the lowering). */
export function ptrTo(elem: RType): RType {
  let t = elem.ptr;
  if (!t) { t = mk('ptr', '*' + elem.str, () => null, { elem, methods: new Map() }); elem.ptr = t; }
  return t;
}
/** arrayOf returns the descriptor of [len]elem. */
export function arrayOf(elem: RType, len: number): RType {
  let byLen = arrayCache.get(elem);
  if (!byLen) { byLen = new Map(); arrayCache.set(elem, byLen); }
  let t = byLen.get(len);
  if (!t) {
    t = mk('array', `[${len}]${elem.str}`, () => { ALLOC.n += len; const a = new Array(len); for (let i = 0; i < len; i++) a[i] = elem.zero(); return a; }, { elem, len });
    byLen.set(len, t);
  }
  return t;
}
/** mapOf returns the descriptor of map[key]elem. */
export function mapOf(key: RType, elem: RType): RType {
  let byElem = mapCache.get(key);
  if (!byElem) { byElem = new WeakMap(); mapCache.set(key, byElem); }
  let t = byElem.get(elem);
  if (!t) { t = mk('map', `map[${key.str}]${elem.str}`, () => null, { key, elem }); byElem.set(elem, t); }
  return t;
}
/** chanOf returns the descriptor of a channel type. */
export function chanOf(elem: RType, dir: 'both' | 'send' | 'recv'): RType {
  let byDir = chanCache.get(elem);
  if (!byDir) { byDir = {}; chanCache.set(elem, byDir); }
  let t = byDir[dir];
  if (!t) {
    const str = dir === 'send' ? 'chan<- ' + elem.str : dir === 'recv' ? '<-chan ' + elem.str : 'chan ' + (elem.kind === 'chan' && elem.dir === 'recv' ? '(' + elem.str + ')' : elem.str);
    t = mk('chan', str, () => null, { elem, dir });
    byDir[dir] = t;
  }
  return t;
}
/** funcOf returns a descriptor for a func type. */
export function funcOf(params: RType[], results: RType[], variadic: boolean): RType {
  const ps = params.map((p, i) => (variadic && i === params.length - 1 ? '...' + p.elem!.str : p.str)).join(', ');
  const rs = results.length === 0 ? '' : results.length === 1 ? ' ' + results[0].str : ' (' + results.map((r) => r.str).join(', ') + ')';
  return mk('func', `func(${ps})${rs}`, () => null, { params, results, variadic });
}
/** structOf returns a descriptor for a struct type (fields may be filled in later for recursive types). */
export function structOf(fields: RField[]): RType {
  // its own method map: promoted methods of embedded fields are added to it
  const t = mk('struct', '', () => null, { fields, methods: new Map() });
  finishStruct(t);
  return t;
}
/** finishStruct recomputes a struct's spelling and zero function after its fields are known. */
export function finishStruct(t: RType): void {
  const fields = t.fields!;
  if (!t.name) t.str = fields.length === 0 ? 'struct {}' : 'struct { ' + fields.map((f) => (f.embedded ? f.type.str : f.name + ' ' + f.type.str) + (f.tag !== undefined ? ' ' + JSON.stringify(f.tag) : '')).join('; ') + ' }';
  t.zero = () => { const o: any = {}; for (const f of fields) o[f.key] = f.type.zero(); return o; };
}
/** interfaceOf returns a descriptor for an interface type with the given (sorted) method names and spelling. */
export function interfaceOf(str: string, imethods: string[]): RType {
  return mk('interface', str, () => null, { imethods: [...imethods].sort() });
}
/** named creates a named type over an underlying descriptor (copying its shape); methods are added later. */
export function named(pkg: string, name: string, under: RType): RType {
  const t: RType = { ...under, id: nextId++, name, pkg, str: pkg ? pkg + '.' + name : name, methods: new Map(), ptr: undefined };
  return t;
}
/** setUnderlying fills a forward-declared named type once its underlying type is known. */
export function setUnderlying(t: RType, under: RType): void {
  const { id, name, pkg, str, methods, ptr } = t;
  Object.assign(t, under, { id, name, pkg, str, methods, ptr });
}
/** hostType creates an opaque named host type (e.g. sync.Mutex) with its own zero and clone. */
export function hostType(pkg: string, name: string, zero: () => any, clone?: (v: any) => any): RType {
  return { id: nextId++, kind: 'host', str: pkg + '.' + name, name, pkg, methods: new Map(), zero, hostClone: clone ?? ((v) => v) };
}

/** clone copies a value of type t (deep for arrays and structs, which have value semantics). */
export function clone(t: RType, v: any): any {
  switch (t.kind) {
    case 'struct': {
      const o: any = {};
      for (const f of t.fields!) { const x = v[f.key]; o[f.key] = isValueAggregate(f.type) ? clone(f.type, x) : x; }
      return o;
    }
    case 'array': {
      const e = t.elem!;
      return isValueAggregate(e) ? v.map((x: any) => clone(e, x)) : v.slice();
    }
    case 'host': return t.hostClone!(v);
  }
  return v;
}
/** needsClone says whether values of t must be copied on assignment. */
export function needsClone(t: RType): boolean { return isValueAggregate(t); }

/** Iface is a non-nil interface value: the dynamic type and the value. */
export interface Iface { t: RType; v: any }

/** equal compares two values of type t with Go's == (panics on uncomparable dynamic types go through `onBad`). */
export function equal(t: RType, a: any, b: any, onBad?: (t: RType) => never): boolean {
  switch (t.kind) {
    case 'struct':
      for (const f of t.fields!) { if (f.name !== '_' && !equal(f.type, a[f.key], b[f.key], onBad)) return false; }
      return true;
    case 'array':
      for (let i = 0; i < a.length; i++) if (!equal(t.elem!, a[i], b[i], onBad)) return false;
      return true;
    case 'interface':
      if (a === null || b === null) return a === b;
      if (a.t !== b.t) return false;
      if (!comparable(a.t)) { if (onBad) onBad(a.t); return false; }
      return equal(a.t, a.v, b.v, onBad);
    case 'float32': case 'float64': return a === b;
    case 'slice': case 'map': case 'func':
      if (onBad && a !== null && b !== null) onBad(t);
      return a === b;
  }
  return a === b;
}
/** comparable says whether == is defined on values of t. */
export function comparable(t: RType): boolean {
  switch (t.kind) {
    case 'slice': case 'map': case 'func': return false;
    case 'struct': return t.fields!.every((f) => comparable(f.type));
    case 'array': return comparable(t.elem!);
  }
  return true;
}

const objIds = new WeakMap<object, number>();
let nextObj = 1;
/** objectId gives an object a stable id (for pointer map keys inside composite keys, and %p). */
export function objectId(o: object): number {
  let id = objIds.get(o);
  if (id === undefined) { id = nextObj++; objIds.set(o, id); }
  return id;
}
/** mapKey turns a value of type t into a JS Map key with Go's key equality. */
export function mapKey(t: RType, v: any): any {
  switch (t.kind) {
    case 'struct': return '{' + t.fields!.map((f) => keyStr(f.type, v[f.key])).join(',') + '}';
    case 'array': return '[' + v.map((x: any) => keyStr(t.elem!, x)).join(',') + ']';
    case 'interface': return v === null ? null : 'i' + v.t.id + ':' + keyStr(v.t, v.v);
    case 'float32': case 'float64': return Object.is(v, -0) ? 0 : v;
  }
  return v;
}
/** floatKeyNaN: NaN inside a composite key also never matches (each gets a fresh id). */
let nanSeq = 0;
function keyStr(t: RType, v: any): string {
  const k = mapKey(t, v);
  if (k !== k) return 'NaN#' + nanSeq++;
  if (typeof k === 'string') return JSON.stringify(k);
  if (k !== null && typeof k === 'object') return '#' + objectId(k);
  return typeof k === 'bigint' ? k + 'n' : String(k);
}
/** simpleKey says whether values of t can be used as Map keys directly. */
export function simpleKey(t: RType): boolean {
  return t.kind !== 'struct' && t.kind !== 'array' && t.kind !== 'interface' && t.kind !== 'float32' && t.kind !== 'float64';
}

/** implementsIface says whether dynamic type t has every method of interface it. */
export function implementsIface(t: RType, it: RType): string | null {
  for (const m of it.imethods!) if (!t.methods.has(m)) return m;
  return null;
}
