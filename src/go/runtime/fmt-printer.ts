/** fmt-value: Go's fmt printer — verbs, flags, Stringer/error precedence, %v of composite values, bad-verb text. */
import { fmtFloat } from '../std/format/float.ts';
import { fmtInteger } from '../std/format/integer.ts';
import { fmtQ, fmtS, fmtSx, fmtBool } from '../std/format/quote.ts';
import { newSpec, pad, PLAIN, type FmtSpec } from '../std/format/spec.ts';
import { drive } from './panic-print.ts';
import { GoPanic } from './panic.ts';
import { basic, objectId, type Iface, type RType } from './rtype.ts';
import type { Slice } from './slice.ts';
import type { GoMap } from './map.ts';

const INT_KINDS = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const isInt = (k: string) => INT_KINDS.has(k);

/** Printer accumulates one fmt call's output (a byte string). */
export class Printer {
  buf = '';
  /** Printer remembers the goroutine for calling String()/Error() methods. */
  constructor(readonly g: any) {}

  /** handleMethods applies error/Stringer (and GoStringer for %#v); true when it printed. */
  private handleMethods(t: RType, v: any, verb: string, spec: FmtSpec): boolean {
    if (spec.sharpV) return false;
    if (!'vsxXq'.includes(verb)) return false;
    const m = t.methods.get('Error') ?? t.methods.get('String');
    if (!m) return false;
    if (v === null && (t.kind === 'ptr')) {
      // Go calls the method with a nil receiver; a nil-pointer panic prints <nil>.
    }
    let s: string;
    try {
      s = drive(m(this.g, v));
    } catch (e) {
      if (e instanceof GoPanic) {
        if (v === null && t.kind === 'ptr') { this.buf += pad('<nil>', spec); return true; }
        const name = t.methods.has('Error') ? 'Error' : 'String';
        this.buf += `%!${verb}(PANIC=${name} method: ${panicText(e)})`;
        return true;
      }
      throw e;
    }
    this.fmtString(s, verb, spec);
    return true;
  }

  private fmtString(s: string, verb: string, spec: FmtSpec): void {
    switch (verb) {
      case 'v': case 's': this.buf += fmtS(s, spec); return;
      case 'q': this.buf += fmtQ(s, spec); return;
      case 'x': this.buf += fmtSx(s, false, spec); return;
      case 'X': this.buf += fmtSx(s, true, spec); return;
    }
    this.badVerb(verb, { t: basic.string, v: s });
  }

  private badVerb(verb: string, x: Iface | null): void {
    if (x === null) { this.buf += `%!${verb}(<nil>)`; return; }
    const saved = this.buf;
    this.buf = '';
    this.value(x.t, x.v, 'v', newSpec(), 0);
    const inner = this.buf;
    this.buf = saved + `%!${verb}(${x.t.str}=${inner})`;
  }

  /** arg prints one interface argument with a verb. */
  arg(x: Iface | null, verb: string, spec: FmtSpec): void {
    if (x === null) {
      if (verb === 'T' || verb === 'v') { this.buf += pad('<nil>', spec); return; }
      this.badVerb(verb, null);
      return;
    }
    if (verb === 'T') { this.buf += fmtS(x.t.str, spec); return; }
    if (verb === 'p') { this.pointer(x.t, x.v, verb, spec); return; }
    this.value(x.t, x.v, verb, spec, 0);
  }

  private pointer(t: RType, v: any, verb: string, spec: FmtSpec): void {
    if (!['ptr', 'chan', 'func', 'map', 'slice', 'unsafeptr'].includes(t.kind)) { this.badVerb(verb, { t, v }); return; }
    const s = v === null ? (verb === 'v' ? '<nil>' : '0x0') : '0xc' + (0x000010000 + objectId(v) * 8).toString(16).padStart(9, '0');
    this.buf += pad(s, spec);
  }

  /** value prints v of type t (depth > 0 inside composites). */
  value(t: RType, v: any, verb: string, spec: FmtSpec, depth: number): void {
    if (depth > 0 && t.kind === 'interface') {
      if (v === null) {
        if (spec.sharpV) { this.buf += t.str + '(nil)'; return; }
        this.buf += pad('<nil>', spec);
        return;
      }
      this.value(v.t, v.v, verb, spec, depth + 1);
      return;
    }
    if (this.handleMethods(t, v, verb, spec)) return;
    const k = t.kind;
    if (k === 'bool') {
      if (verb === 'v' || verb === 't') { this.buf += fmtBool(v, spec); return; }
      this.badVerb(verb, { t, v }); return;
    }
    if (isInt(k)) {
      if (spec.sharpV && t.name) { this.buf += `${t.str}(${fmtInteger(v, 'd', PLAIN)})`; return; }
      const s = fmtInteger(v, verb, spec);
      if (s === null) { this.badVerb(verb, { t, v }); return; }
      this.buf += s; return;
    }
    if (k === 'float64' || k === 'float32') {
      const s = fmtFloat(v, verb, spec, k === 'float32' ? 32 : 64);
      if (s === null) { this.badVerb(verb, { t, v }); return; }
      this.buf += spec.sharpV && t.name ? `${t.str}(${s})` : s; return;
    }
    if (k === 'string') {
      if (spec.sharpV) { this.buf += t.name ? `${t.str}(${fmtQ(v, PLAIN)})` : fmtQ(v, spec); return; }
      this.fmtString(v, verb, spec); return;
    }
    if (k === 'host') {
      const f = (t as any).format as ((v: any) => string) | undefined;
      this.buf += pad(f ? f(v) : '{}', spec);
      return;
    }
    switch (k) {
      case 'slice': case 'array': {
        const s = v as Slice | any[] | null;
        const elems: any[] = s === null ? [] : Array.isArray(s) ? s : s.a.slice(s.o, s.o + s.l);
        if ((verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') && t.elem!.kind === 'uint8') {
          this.fmtString(String.fromCharCode(...elems), verb, spec); return;
        }
        if (spec.sharpV) {
          if (k === 'slice' && s === null) { this.buf += t.str + '(nil)'; return; }
          this.buf += t.str + '{';
          elems.forEach((e, i) => { if (i) this.buf += ', '; this.value(t.elem!, e, verb, spec, depth + 1); });
          this.buf += '}';
          return;
        }
        if (verb === 'p' && k === 'slice') { this.pointer(t, v, verb, spec); return; }
        this.buf += '[';
        elems.forEach((e, i) => { if (i) this.buf += ' '; this.value(t.elem!, e, verb, spec, depth + 1); });
        this.buf += ']';
        return;
      }
      case 'map': {
        const m = v as GoMap | null;
        if (spec.sharpV) {
          if (m === null) { this.buf += t.str + '(nil)'; return; }
          this.buf += t.str + '{';
        } else this.buf += 'map[';
        const ents = m === null ? [] : sortedEntries(t.key!, [...m.m.values()]);
        ents.forEach(([kk, vv], i) => {
          if (i) this.buf += spec.sharpV ? ', ' : ' ';
          this.value(t.key!, kk, verb, spec, depth + 1);
          this.buf += ':';
          this.value(t.elem!, vv, verb, spec, depth + 1);
        });
        this.buf += spec.sharpV ? '}' : ']';
        return;
      }
      case 'struct': {
        if (spec.sharpV) this.buf += t.str;
        this.buf += '{';
        t.fields!.forEach((f, i) => {
          if (i) this.buf += spec.sharpV ? ', ' : ' ';
          if (spec.plusV || spec.sharpV) this.buf += f.name + ':';
          this.value(f.type, v[f.key], verb, spec, depth + 1);
        });
        this.buf += '}';
        return;
      }
      case 'ptr': {
        if (v !== null && depth === 0) {
          const e = t.elem!;
          if (e.kind === 'struct' || e.kind === 'array' || e.kind === 'slice' || e.kind === 'map') {
            this.buf += '&';
            this.value(e, e.kind === 'slice' || e.kind === 'map' ? v.v : v, verb, spec, depth + 1);
            return;
          }
        }
        if (spec.sharpV) { this.buf += `(${t.str})(${v === null ? 'nil' : '0xc000010000'})`; return; }
        if (verb === 'v' || verb === 'p' || verb === 'x' || verb === 'X' || verb === 'd') { this.pointer(t, v, 'v', spec); return; }
        this.badVerb(verb, { t, v }); return;
      }
      case 'chan': case 'func': case 'unsafeptr':
        if (verb === 'v' || verb === 'p') { this.pointer(t, v, verb, spec); return; }
        this.badVerb(verb, { t, v }); return;
      case 'interface':
        if (v === null) { this.buf += pad('<nil>', spec); return; }
        this.value(v.t, v.v, verb, spec, depth + 1);
        return;
    }
    this.buf += '?';
  }
}

function panicText(e: GoPanic): string {
  const v = e.value;
  if (v === null) return 'nil';
  const m = v.t.methods.get('Error');
  if (m) return drive(m(null, v.v));
  return String(v.v);
}

function sortedEntries(kt: RType, ents: [any, any][]): [any, any][] {
  return ents.sort((a, b) => compareKeys(kt, a[0], b[0]));
}
function compareKeys(t: RType, a: any, b: any): number {
  switch (t.kind) {
    case 'string': return a < b ? -1 : a > b ? 1 : 0;
    case 'bool': return a === b ? 0 : a ? 1 : -1;
    case 'float32': case 'float64':
      if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
      if (Number.isNaN(b)) return 1;
      return a < b ? -1 : a > b ? 1 : 0;
    case 'struct':
      for (const f of t.fields!) { const c = compareKeys(f.type, a[f.key], b[f.key]); if (c) return c; }
      return 0;
    case 'array':
      for (let i = 0; i < a.length; i++) { const c = compareKeys(t.elem!, a[i], b[i]); if (c) return c; }
      return 0;
    case 'interface': {
      if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1;
      if (a.t !== b.t) return a.t.id - b.t.id;
      return compareKeys(a.t, a.v, b.v);
    }
    case 'ptr': case 'chan': return objectId(a ?? {}) - objectId(b ?? {});
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
