/** fmt: Print*, Sprint*, Fprint*, Errorf (with %w) on the Printer. */
import { newSpec, PLAIN, type FmtSpec } from './format/spec.ts';
import { Printer } from '../runtime/fmt-printer.ts';
import { hostType, type Iface, type RType } from '../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { drive } from '../runtime/panic-print.ts';
import type { Runtime } from '../runtime/runtime.ts';

/** wrapErrorT is *fmt.wrapError (Errorf with one %w). */
export const wrapErrorT: RType = hostType('fmt', 'wrapError', () => null);
wrapErrorT.str = '*fmt.wrapError';
wrapErrorT.methods.set('Error', function* (_g: unknown, v: { msg: string }) { return v.msg; });
wrapErrorT.methods.set('Unwrap', function* (_g: unknown, v: { err: Iface | null }) { return v.err; });
/** wrapErrorsT is *fmt.wrapErrors (Errorf with several %w). */
export const wrapErrorsT: RType = hostType('fmt', 'wrapErrors', () => null);
wrapErrorsT.str = '*fmt.wrapErrors';
wrapErrorsT.methods.set('Error', function* (_g: unknown, v: { msg: string }) { return v.msg; });
/** errorStringT is *errors.errorString (errors.New, Errorf without %w). */
export const errorStringT: RType = hostType('errors', 'errorString', () => null);
errorStringT.str = '*errors.errorString';
errorStringT.methods.set('Error', function* (_g: unknown, v: { s: string }) { return v.s; });

// Print and Println format every operand with the plain %v: the printer never mutates a spec, so they share one.
const PLAIN_SPEC = PLAIN as FmtSpec;

/** sprint is fmt.Sprint's spacing: a space between operands when neither is a string. */
export function sprint(g: any, args: (Iface | null)[]): string {
  const p = new Printer(g);
  let prevString = false;
  args.forEach((a, i) => {
    const isString = a !== null && a.t.kind === 'string';
    if (i > 0 && !isString && !prevString) p.buf += ' ';
    p.arg(a, 'v', PLAIN_SPEC);
    prevString = isString;
  });
  return p.buf;
}
/** sprintln is fmt.Sprintln: spaces between all operands and a newline. */
export function sprintln(g: any, args: (Iface | null)[]): string {
  const p = new Printer(g);
  args.forEach((a, i) => { if (i > 0) p.buf += ' '; p.arg(a, 'v', PLAIN_SPEC); });
  return p.buf + '\n';
}

/** sprintf is fmt.Sprintf; wrapped collects the %w operands (for Errorf). */
export function sprintf(g: any, format: string, args: (Iface | null)[], wrapped?: (Iface | null)[]): string {
  const p = new Printer(g);
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  let i = 0;
  while (i < n) {
    const lasti = i;
    while (i < n && format[i] !== '%') i++;
    if (i > lasti) p.buf += format.slice(lasti, i);
    if (i >= n) break;
    i++;
    const spec: FmtSpec = newSpec();
    // flags
    flags: for (; i < n; i++) {
      switch (format[i]) {
        case '#': spec.sharp = true; break;
        case '0': spec.zero = !spec.minus; break;
        case '+': spec.plus = true; break;
        case '-': spec.minus = true; spec.zero = false; break;
        case ' ': spec.space = true; break;
        default: break flags;
      }
    }
    // argument index [n]
    let badIndex = false;
    const argIndex = (): void => {
      if (i < n && format[i] === '[') {
        reordered = true;
        const close = format.indexOf(']', i);
        const num = Number(format.slice(i + 1, close));
        if (close > 0 && Number.isInteger(num) && num >= 1 && num <= args.length) { argNum = num - 1; i = close + 1; }
        else { i = close < 0 ? n : close + 1; badIndex = true; }
      }
    };
    argIndex();
    // width
    if (i < n && format[i] === '*') {
      i++;
      const a = args[argNum++];
      if (a && /int/.test(a.t.kind)) { spec.width = Number(a.v); if (spec.width < 0) { spec.minus = true; spec.width = -spec.width; spec.zero = false; } }
      else p.buf += '%!(BADWIDTH)';
    } else {
      const st = i;
      while (i < n && format[i]! >= '0' && format[i]! <= '9') i++;
      if (i > st) spec.width = Number(format.slice(st, i));
    }
    if (i < n && format[i] === '.') {
      i++;
      argIndex();
      if (i < n && format[i] === '*') {
        i++;
        const a = args[argNum++];
        if (a && /int/.test(a.t.kind)) { spec.prec = Number(a.v); if (spec.prec < 0) spec.prec = -1; }
        else p.buf += '%!(BADPREC)';
      } else {
        const st = i;
        while (i < n && format[i]! >= '0' && format[i]! <= '9') i++;
        spec.prec = Number(format.slice(st, i) || '0');
      }
    }
    argIndex();
    if (i >= n) { p.buf += '%!(NOVERB)'; break; }
    // verbs are runes; our format is a byte string, so decode a UTF-8 sequence
    let verb = format[i]!;
    let w = 1;
    const c = format.charCodeAt(i);
    if (c >= 0x80) { w = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2; verb = format.slice(i, i + w); }
    i += w;
    if (verb === '%') { p.buf += '%'; continue; }
    if (badIndex) { p.buf += `%!${verb}(BADINDEX)`; continue; }
    if (argNum >= args.length) { p.buf += `%!${verb}(MISSING)`; continue; }
    const a = args[argNum++]!;
    if (verb === 'w') {
      if (wrapped && a !== null && a.t.methods.has('Error')) { wrapped.push(a); verb = 'v'; }
      else if (!wrapped || a === null || !a.t.methods.has('Error')) { p.buf += `%!w(`; if (a === null) p.buf += '<nil>'; else { p.buf += a.t.str + '='; p.arg(a, 'v', newSpec()); } p.buf += ')'; continue; }
    }
    if (verb === 'v') { if (spec.sharp) { spec.sharp = false; spec.sharpV = true; } if (spec.plus) { spec.plus = false; spec.plusV = true; } }
    p.arg(a, verb, spec);
  }
  if (!reordered && argNum < args.length) {
    p.buf += '%!(EXTRA ';
    args.slice(argNum).forEach((a, k) => {
      if (k) p.buf += ', ';
      if (a === null) p.buf += '<nil>';
      else { p.buf += a.t.str + '='; p.arg(a, 'v', newSpec()); }
    });
    p.buf += ')';
  }
  return p.buf;
}

/** writeTo writes bytes to a Go io.Writer value (os.Stdout/os.Stderr fast path, else its Write method). */
export function writeTo(rt: Runtime, g: any, w: Iface | null, s: string): [number, Iface | null] {
  if (w === null) throw new Error('internal: nil writer');
  const fd = (w.v as { fd?: number })?.fd;
  if (fd === 1 || fd === 2) { rt.write(fd, s); return [s.length, null]; }
  const m = w.t.methods.get('Write');
  if (!m) throw new Error(`internal: ${w.t.str} has no Write`);
  const a: number[] = [];
  for (let i = 0; i < s.length; i++) a.push(s.charCodeAt(i));
  return drive(m(g, w.v, fromArray(a)));
}

/** newErrorf builds the error value of fmt.Errorf. */
export function errorf(g: any, format: string, args: (Iface | null)[]): Iface {
  const wrapped: (Iface | null)[] = [];
  const msg = sprintf(g, format, args, wrapped);
  if (wrapped.length === 0) return { t: errorStringT, v: { s: msg } };
  if (wrapped.length === 1) return { t: wrapErrorT, v: { msg, err: wrapped[0] } };
  return { t: wrapErrorsT, v: { msg, errs: wrapped } };
}

/** fmtPackage builds package fmt for a runtime. */
export function fmtPackage(rt: Runtime) {
  const L = (s: Slice | null) => toArray(s) as (Iface | null)[];
  const out = (s: string): [number, null] => { rt.write(1, s); return [s.length, null]; };
  return {
    types: {},
    vars: {},
    funcs: {
      Println: (g: any, a: Slice | null) => out(sprintln(g, L(a))),
      Print: (g: any, a: Slice | null) => out(sprint(g, L(a))),
      Printf: (g: any, f: string, a: Slice | null) => out(sprintf(g, f, L(a))),
      Sprintln: (g: any, a: Slice | null) => sprintln(g, L(a)),
      Sprint: (g: any, a: Slice | null) => sprint(g, L(a)),
      Sprintf: (g: any, f: string, a: Slice | null) => sprintf(g, f, L(a)),
      Fprintln: (g: any, w: Iface | null, a: Slice | null) => writeTo(rt, g, w, sprintln(g, L(a))),
      Fprint: (g: any, w: Iface | null, a: Slice | null) => writeTo(rt, g, w, sprint(g, L(a))),
      Fprintf: (g: any, w: Iface | null, f: string, a: Slice | null) => writeTo(rt, g, w, sprintf(g, f, L(a))),
      Errorf: (g: any, f: string, a: Slice | null) => errorf(g, f, L(a)),
    },
  };
}
