/** io and runtime: io.EOF, io.Discard, io.WriteString; runtime.Gosched, NumGoroutine, PanicNilError. */
import { errorStringT, writeTo } from './fmt.ts';
import { hostType, ptrTo, type Iface } from '../runtime/rtype.ts';
import { panicNilBase, type Runtime } from '../runtime/runtime.ts';

/** ioPackage builds package io. */
export function ioPackage(rt: Runtime) {
  const discardT = hostType('io', 'discard', () => ({}));
  discardT.str = 'io.discard';
  discardT.methods.set('Write', function* (_g: any, _d: unknown, p: { l: number } | null) { return [p ? p.l : 0, null]; });
  discardT.methods.set('WriteString', function* (_g: any, _d: unknown, s: string) { return [s.length, null]; });
  return {
    types: {},
    vars: {
      EOF: { t: errorStringT, v: { s: 'EOF' } } as Iface,
      ErrUnexpectedEOF: { t: errorStringT, v: { s: 'unexpected EOF' } } as Iface,
      Discard: { t: discardT, v: {} } as Iface,
    },
    funcs: {
      WriteString: (g: any, w: Iface | null, s: string) => writeTo(rt, g, w, s),
    },
  };
}

/** runtimePackage builds package runtime (the parts a course program may call). */
export function runtimePackage(rt: Runtime) {
  void ptrTo;
  return {
    types: { PanicNilError: panicNilBase },
    vars: {},
    funcs: {
      Gosched: function* () { yield; },
      NumGoroutine: () => rt.gs.filter((g) => g.task && g.task.state !== 'done' && g.task.state !== 'failed').length,
      GOMAXPROCS: () => 1,
      GC: () => undefined,
    },
  };
}
