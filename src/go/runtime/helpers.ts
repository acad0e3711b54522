/** helpers: the `$H` table compiled code calls (values, conversions, interfaces, methods, builtins). */
import * as I from './int.ts';
import * as R from './rtype.ts';
import * as S from './slice.ts';
import * as M from './map.ts';
import * as C from './chan.ts';
import { GoMap } from './map.ts';
import { Slice } from './slice.ts';
import { Chan } from './chan.ts';
import { nilPanic, runtimePanic } from './panic.ts';
import { decodeRune, encodeRune, fromRunes, runes } from '../std/format/utf8.ts';
import type { Method, RType } from './rtype.ts';

type Gen = Generator<unknown, any, unknown>;

/** implementsT says whether dynamic type t has every method of interface type it. */
export function implementsT(t: RType, it: RType): boolean { return R.implementsIface(t, it) === null; }

/** addMethod registers a compiled method on a named type (and its pointer type). */
export function addMethod(T: RType, name: string, fn: Method, ptr: boolean): void {
  const P = R.ptrTo(T);
  if (ptr) { P.methods.set(name, fn); return; }
  T.methods.set(name, fn);
  P.methods.set(name, (g: any, p: any, ...a: any[]) => { if (p === null) throw nilPanic(); return fn(g, R.needsClone(T) ? p : p.v, ...a); });
}

/** finishMethods adds methods promoted through embedded fields. */
export function finishMethods(types: RType[]): void {
  const done = new Set<RType>();
  const visit = (T: RType): void => {
    if (done.has(T)) return;
    done.add(T);
    if (T.kind !== 'struct') return;
    const P = R.ptrTo(T);
    for (const f of T.fields!) {
      if (!f.embedded) continue;
      let E = f.type;
      const viaPtr = E.kind === 'ptr';
      if (viaPtr) E = E.elem!;
      if (E.kind === 'struct' && E.name) visit(E);
      const key = f.key;
      if (E.kind === 'interface') {
        for (const name of E.imethods!) {
          const w: Method = (g, r, ...a) => imethod(r[key], name)(g, ...a);
          if (!T.methods.has(name)) T.methods.set(name, w);
          if (!P.methods.has(name)) P.methods.set(name, (g, p, ...a) => imethod((p ?? nilThrow())[key], name)(g, ...a));
        }
        continue;
      }
      const EP = R.ptrTo(E);
      for (const [name, m] of EP.methods) {
        const valueMethod = E.methods.has(name);
        if (!P.methods.has(name)) P.methods.set(name, (g, p, ...a) => m(g, viaPtr ? (p ?? nilThrow())[key] : (p ?? nilThrow())[key], ...a));
        if ((valueMethod || viaPtr) && !T.methods.has(name)) T.methods.set(name, (g, r, ...a) => (viaPtr ? m : E.methods.get(name)!)(g, viaPtr ? r[key] : r[key], ...a));
      }
    }
  };
  for (const T of types) visit(T);
}
function nilThrow(): never { throw nilPanic(); }

/** lazyMethod resolves a method at first call (methods are registered after the code that calls them). */
function lazyMethod(T: RType, name: string, ptr: boolean): Method {
  // Host types (sync.Mutex, *sql.Rows ...) have their methods already: call them with no forwarding closure.
  if (T.kind === 'host') {
    const m0 = (ptr ? R.ptrTo(T).methods : T.methods).get(name) ?? R.ptrTo(T).methods.get(name);
    if (m0) return m0;
  }
  let m: Method | undefined;
  return (g, r, ...a) => {
    if (!m) {
      m = (ptr ? R.ptrTo(T).methods : T.methods).get(name) ?? R.ptrTo(T).methods.get(name);
      if (!m && T.kind === 'struct') {
        // an unnamed struct type: its promoted methods are computed on first use
        finishMethods([T]);
        m = (ptr ? R.ptrTo(T).methods : T.methods).get(name) ?? R.ptrTo(T).methods.get(name);
      }
      if (!m) throw new Error(`internal: method ${T.str}.${name} not found`);
    }
    return m(g, r, ...a);
  };
}

/** imethod returns x's dynamic method `name` bound to its value (nil interface panics). */
export function imethod(x: R.Iface | null, name: string): (g: any, ...a: any[]) => Gen {
  if (x === null) throw nilPanic();
  const m = x.t.methods.get(name);
  if (!m) throw new Error(`internal: ${x.t.str} has no method ${name}`);
  return (g, ...a) => m(g, x.v, ...a);
}

function ieq(a: R.Iface | null, b: R.Iface | null): boolean {
  return R.equal(R.anyType, a, b, (t) => { throw runtimePanic(`comparing uncomparable type ${t.str}`); });
}
function equal(T: RType, a: any, b: any): boolean {
  return R.equal(T, a, b, (t) => { throw runtimePanic(`comparing uncomparable type ${t.str}`); });
}

function assignInto(T: RType, dst: any, src: any): void {
  if (T.kind === 'array') { for (let i = 0; i < src.length; i++) dst[i] = R.needsClone(T.elem!) ? R.clone(T.elem!, src[i]) : src[i]; return; }
  if (T.kind === 'host') { Object.assign(dst, T.hostClone!(src)); return; }
  for (const f of T.fields!) dst[f.key] = R.needsClone(f.type) ? R.clone(f.type, src[f.key]) : src[f.key];
}

function fieldPtr(o: any, k: string): { v: any } {
  if (o === null) throw nilPanic();
  return { get v() { return o[k]; }, set v(x) { o[k] = x; } };
}
function slicePtr(s: Slice | null, i: number): { v: any } {
  S.sget(s, i);
  const a = s!.a, j = s!.o + i;
  return { get v() { return a[j]; }, set v(x) { a[j] = x; } };
}
function arrayPtr(a: any[], i: number): { v: any } {
  S.aget(a, i);
  return { get v() { return a[i]; }, set v(x) { a[i] = x; } };
}

function mkmap(T: RType, ents: [any, any][]): GoMap {
  const m = new GoMap(T);
  for (const [k, v] of ents) M.mset(m, k, v);
  return m;
}
function sparse(n: number, zero: () => any, items: [number, any][]): any[] {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = zero();
  for (const [i, v] of items) a[i] = v;
  return a;
}
function makeSlice(n: number, c: number, zero: () => any): Slice {
  if (n < 0) throw runtimePanic('makeslice: len out of range');
  if (c < n || c > 0xffffffff) throw runtimePanic(n > 0xffffffff ? 'makeslice: len out of range' : 'makeslice: cap out of range');
  return S.mkSlice(n, c, zero);
}
function makeChan(n: number, zero: () => any): Chan {
  if (n < 0) throw runtimePanic('makechan: size out of range');
  return new Chan(n, zero);
}

export function nz(b: I.Int64): I.Int64 {
  if (b === 0) throw runtimePanic('integer divide by zero');
  return b;
}
function shiftCount(n: I.Int64): I.Int64 {
  if (n < 0) throw runtimePanic('negative shift amount');
  return n;
}
export function shlSmall(k: string, a: number, n: I.Int64): number {
  const c = I.toNum(n);
  if (c >= 32) return 0;
  return I.wrapSmall(k, a << c);
}
export function shrSmall(k: string, a: number, n: I.Int64): number {
  const c = Math.min(I.toNum(n), 31);
  return k.startsWith('u') ? (k === 'uint32' ? a >>> c : a >> c) : a >> c;
}

export function runeToString(r: I.Int64): string {
  const n = typeof r === 'bigint' ? -1 : r;
  return encodeRune(n < 0 || n > 0x10ffff ? 0xfffd : n);
}
function bytesToString(s: Slice | null): string {
  if (s === null) return '';
  let out = '';
  for (let i = 0; i < s.l; i++) out += String.fromCharCode(s.a[s.o + i]);
  return out;
}
function stringToBytes(s: string): Slice {
  const a = new Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return S.fromArray(a);
}
function stringToRunes(s: string): Slice { return S.fromArray(runes(s)); }
function runesToString(s: Slice | null): string { return fromRunes(S.toArray(s)); }

function asGen(f: (...a: any[]) => any): (g: any, ...a: any[]) => Gen {
  return function* (g: any, ...a: any[]) { return f(g, ...a); };
}
function sliceToArray(s: Slice | null, n: number): any[] {
  const l = s === null ? 0 : s.l;
  if (l < n) throw runtimePanic(`cannot convert slice with length ${l} to array or pointer to array with length ${n}`);
  return S.toArray(s).slice(0, n);
}
function sliceToArrayPtr(s: Slice | null, n: number): any[] | null {
  if (s === null && n === 0) return null;
  const l = s === null ? 0 : s.l;
  if (l < n) throw runtimePanic(`cannot convert slice with length ${l} to array or pointer to array with length ${n}`);
  if (s!.o === 0 && s!.a.length === n) return s!.a;
  return S.toArray(s).slice(0, n);
}
function bind(m: Method, recv: any): (g: any, ...a: any[]) => Gen { return (g, ...a) => m(g, recv, ...a); }
function methodExpr(m: Method): Method { return m; }

function stdFn(pkg: any, path: string, name: string): any {
  const f = pkg?.funcs?.[name];
  if (!f) throw new Error(`internal: ${path}.${name} is not implemented by this runtime`);
  return f;
}


/** H is the helper table handed to compiled code as `$H`. */
export const H = {
  // (select, copySlice and mdelete stay in their modules, which the entry loads anyway: no gain in leaving them out)
  ...I, ...R, ...S, ...M, ...C,
  Slice, GoMap, Chan,
  addMethod, finishMethods, lazyMethod, imethod, implements: (x: R.Iface | null, T: RType) => x !== null && implementsT(x.t, T),
  ieq, equal, assignInto, fieldPtr, slicePtr, arrayPtr, mkmap, sparse, makeSlice, makeChan, nz, shiftCount, shlSmall, shrSmall,
  runeToString, bytesToString, stringToBytes, stringToRunes, runesToString, bind, asGen, sliceToArray, sliceToArrayPtr, methodExpr, stdFn, decodeRune,
  z0: () => 0, znull: () => null, zstr: () => '', zfalse: () => false,
};
