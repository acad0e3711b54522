/** log: the standard logger on stderr, timestamps from the virtual clock (2000/01/01 00:00:00 at start). */
import { sprint, sprintf, sprintln } from './fmt.ts';
import { toArray, type Slice } from '../runtime/slice.ts';
import type { Iface } from '../runtime/rtype.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { basic } from '../runtime/rtype.ts';

const EPOCH_MS = 946684800000;
const two = (n: number) => String(n).padStart(2, '0');

/** logPackage builds package log for a runtime. */
export function logPackage(rt: Runtime) {
  let flags = 3; // LstdFlags = Ldate | Ltime
  let prefix = '';
  const header = (): string => {
    let h = '';
    const msg = (flags & 64) !== 0; // Lmsgprefix
    if (!msg) h += prefix;
    if (flags & 7) {
      const ns = rt.world.now();
      const d = new Date(EPOCH_MS + Math.floor(ns / 1e6));
      if (flags & 1) h += `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} `;
      if (flags & 6) {
        h += `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
        if (flags & 4) h += '.' + String(Math.floor((ns % 1e9) / 1e3)).padStart(6, '0');
        h += ' ';
      }
    }
    if (msg) h += prefix;
    return h;
  };
  const out = (s: string) => { rt.write(2, header() + (s.endsWith('\n') ? s : s + '\n')); };
  const L = (a: Slice | null) => toArray(a) as (Iface | null)[];
  const panicWith = (_g: any, s: string, fn: string, line: number): never => {
    throw withFrames(new GoPanic({ t: basic.string, v: s }), [{ name: 'log.' + fn, file: '/usr/lib/go-1.23/src/log/log.go', line, np: 1 }]);
  };
  return {
    types: {},
    vars: {},
    funcs: {
      Println: (g: any, a: Slice | null) => out(sprintln(g, L(a))),
      Print: (g: any, a: Slice | null) => out(sprint(g, L(a))),
      Printf: (g: any, f: string, a: Slice | null) => out(sprintf(g, f, L(a))),
      Fatal: (g: any, a: Slice | null) => { out(sprint(g, L(a))); rt.exit(1); },
      Fatalln: (g: any, a: Slice | null) => { out(sprintln(g, L(a))); rt.exit(1); },
      Fatalf: (g: any, f: string, a: Slice | null) => { out(sprintf(g, f, L(a))); rt.exit(1); },
      Panic: (g: any, a: Slice | null) => { const s = sprint(g, L(a)); out(s); panicWith(g, s, 'Panic', 432); },
      Panicln: (g: any, a: Slice | null) => { const s = sprintln(g, L(a)); out(s); panicWith(g, s, 'Panicln', 446); },
      Panicf: (g: any, f: string, a: Slice | null) => { const s = sprintf(g, f, L(a)); out(s); panicWith(g, s, 'Panicf', 439); },
      SetFlags: (_g: any, f: number) => { flags = Number(f); },
      Flags: () => flags,
      SetPrefix: (_g: any, p: string) => { prefix = p; },
      Prefix: () => prefix,
    },
  };
}
