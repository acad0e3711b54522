/**
 * stack-overflow: Go 1.23's fatal `stack overflow` report (the frame count Go's 512 MiB stack would hold, the
 * elided traceback, the runtime's goroutines). Installs itself on stack-hook.ts when imported: under Node through
 * stack-overflow.eager.ts, in the browser as the `go:stack` chunk, loaded only after a run that overflowed.
 */
import { formatGoroutine, snapshot, type G } from './goroutine.ts';
import type { FatalError, TraceLine } from './panic.ts';
import { stackHook, type OverflowingRuntime } from './stack-hook.ts';

/**
 * STACK_MODEL holds the facts behind Go's overflow count, measured with Go 1.23 on linux/amd64: the last stack
 * Go allows is 512 MiB (doubling it would pass the 1 GB limit); a frame whose entry SP is at or below
 * stack.lo + 928 (the guard) overflows; 184 bytes sit above main.main's frame (goexit, runtime.main, the call).
 */
export const STACK_MODEL = { bytes: 512 * 1024 * 1024, guard: 928, top: 184 };

/** goFrameBytes estimates gc's amd64 frame: return address and frame pointer, 8 bytes per word of the largest call's arguments (their spill area), 8 per word of locals live across calls. */
export function goFrameBytes(callArgWords: number, liveLocalWords = 0): number {
  return 16 + 8 * (callArgWords + liveLocalWords);
}

/** goRecursionFrames is how many frames of a function calling itself (frame bytes each) Go's stack holds when it overflows, given the bytes of the frames below it, main.main's included. */
export function goRecursionFrames(frameBytes: number, outerBytes: number, top = STACK_MODEL.top): number {
  const { bytes, guard } = STACK_MODEL;
  return 1 + Math.ceil((bytes - guard - top - outerBytes) / frameBytes);
}

/** GOROUTINE_TOP is the bytes above a `go` statement's function frame (newproc's reserve and goexit's return address), fitted to Go 1.23's count for a goroutine's overflow. */
export const GOROUTINE_TOP = 40;

const RT = '/usr/lib/go-1.23/src/runtime/';
const frame = (name: string, file: string, line: number): string => `${name}\n\t${RT}${file}:${line}\n`;
const GOEXIT = frame('runtime.goexit({})', 'asm_amd64.s', 1700);
const PARK = frame('runtime.gopark(...)', 'proc.go', 424) + frame('runtime.goparkunlock(...)', 'proc.go', 430);

/** systemGoroutines prints the runtime's own parked goroutines, as a fatal error's traceback lists them (the finalizer goroutine exists once os or fmt is initialised). */
export function systemGoroutines(finalizer: boolean): string {
  let s = '\ngoroutine 2 [force gc (idle)]:\n' + PARK + frame('runtime.forcegchelper()', 'proc.go', 337) + GOEXIT
    + `created by runtime.init.7 in goroutine 1\n\t${RT}proc.go:325\n`
    + '\ngoroutine 3 [GC sweep wait]:\n' + PARK + frame('runtime.bgsweep(...)', 'mgcsweep.go', 277) + frame('runtime.gcenable.gowrap1()', 'mgc.go', 204) + GOEXIT
    + `created by runtime.gcenable in goroutine 1\n\t${RT}mgc.go:204\n`
    + '\ngoroutine 4 [GC scavenge wait]:\n' + PARK + frame('runtime.(*scavengerState).park(...)', 'mgcscavenge.go', 425)
    + frame('runtime.bgscavenge(...)', 'mgcscavenge.go', 653) + frame('runtime.gcenable.gowrap2()', 'mgc.go', 205) + GOEXIT
    + `created by runtime.gcenable in goroutine 1\n\t${RT}mgc.go:205\n`;
  if (finalizer) {
    s += '\ngoroutine 17 [finalizer wait]:\n' + frame('runtime.gopark(...)', 'proc.go', 424) + frame('runtime.runfinq()', 'mfinal.go', 193) + GOEXIT
      + `created by runtime.createfing in goroutine 1\n\t${RT}mfinal.go:163\n`;
  }
  return s;
}

/**
 * StackOverflow is the overflowing goroutine's stack: innermost frames first, outermost ones ending with main.main
 * (or, for another goroutine `g`, its function), and Go's frame count (the runtime frames below them included).
 * `main` is goroutine 1's text when another goroutine overflowed (Go lists it before the runtime's); `id` names a
 * goroutine without a creator (a host-started one) that overflowed.
 */
export interface StackOverflow {
  inner: TraceLine[]; outer: TraceLine[]; frames: number; finalizer: boolean; others?: string;
  g?: { id: number; createdBy: TraceLine; createdIn: number }; main?: string; id?: number;
}

/**
 * formatStackOverflow renders Go's fatal stack-overflow report for goroutine 1: the limit, the runtime stack,
 * the innermost 50 and outermost 50 frames around `...N frames elided...` (frames counts main.main and the
 * two runtime frames below it), then every other goroutine (the runtime's, then `others`).
 */
export function formatStackOverflow(o: StackOverflow): string {
  const lo = 0xc0200e0000, hi = lo + STACK_MODEL.bytes;
  const hex = (n: number): string => '0x' + n.toString(16);
  let s = `runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=${hex(lo + STACK_MODEL.guard - 8)} stack=[${hex(lo)}, ${hex(hi)}]\n`
    + 'fatal error: stack overflow\n\nruntime stack:\n'
    + frame('runtime.throw({0x0?, 0x0?})', 'panic.go', 1067) + frame('runtime.newstack()', 'stack.go', 1117) + frame('runtime.morestack()', 'asm_amd64.s', 621)
    + `\ngoroutine ${o.g?.id ?? o.id ?? 1} [running]:\n`;
  const line = (l: TraceLine): string => `${l.name}(${l.np ? '...' : ''})\n\t${l.file}:${l.line}\n`;
  const bottom = [...o.outer.map(line), ...(o.g ? [] : [frame('runtime.main()', 'proc.go', 272)]), GOEXIT];
  // Go prints at most the innermost 50 and the outermost 50 frames; with 100 or fewer, inner holds every frame above outer.
  if (o.frames <= 100) s += o.inner.map(line).join('') + bottom.join('');
  else s += o.inner.slice(0, 50).map(line).join('') + `...${o.frames - 100} frames elided...\n` + bottom.slice(-50).join('');
  if (o.g) s += `created by ${o.g.createdBy.name} in goroutine ${o.g.createdIn}\n\t${o.g.createdBy.file}:${o.g.createdBy.line}\n`;
  return s + (o.main ?? '') + systemGoroutines(o.finalizer) + (o.others ?? '');
}

/** NO_OS lists the packages that do not import os (in Go, os's init starts the finalizer goroutine). */
const NO_OS = new Set(['context', 'errors', 'io', 'math', 'math/rand', 'runtime', 'sort', 'strconv', 'strings', 'sync', 'sync/atomic', 'time', 'unicode', 'unicode/utf8']);

/**
 * stackOverflowReport is Go's report for goroutine g's stack overflow. Our stack is far shallower than Go's 512 MiB,
 * so the frame count is Go's, modelled from the recursing cycle's frame sizes and the frames below it.
 */
export function stackOverflowReport(rt: OverflowingRuntime, g: G, e: FatalError): string {
  const o = e.outer ?? [];
  const all = [...(e.inner ?? []), ...o.slice(e.ring), ...o.slice(0, e.ring), ...snapshot(g.fs)];
  const bytes = (l: TraceLine): number => l.fb ?? goFrameBytes(l.np ?? 0);
  // goroutine 1 sits on runtime.main and goexit; a goroutine from a go statement on goexit alone
  const below = g.createdBy ? 1 : 2;
  let frames = all.length + below;
  if (all.length > 0) {
    const rec = all[0]!.name;
    let k = all.findIndex((l, i) => i > 0 && l.name === rec);
    if (k < 0) k = 1;
    let last = 0;
    for (let i = 0; i < all.length; i++) if (all[i]!.name === rec) last = i;
    const base = all.slice(last + 1);
    let cycle = 0, baseBytes = 0;
    for (let i = 0; i < k; i++) cycle += bytes(all[i]!);
    for (const l of base) baseBytes += bytes(l);
    frames = goRecursionFrames(cycle, baseBytes, g.createdBy ? GOROUTINE_TOP : undefined) * k + base.length + below;
  }
  const text = (x: G): string => '\n' + formatGoroutine(x, x.task.waitReason ?? 'runnable', snapshot(x.fs));
  const live = rt.gs.filter((x) => x !== g && x.task && x.task.state !== 'done' && x.task.state !== 'failed');
  const main = live.find((x) => x.id === 1);
  const others = live.filter((x) => x !== main).map(text).join('');
  const finalizer = rt.built().some((p) => !NO_OS.has(p));
  const outer = all.slice(Math.max(50, all.length - 50 + below));
  const gi = g.createdBy ? { id: g.id, createdBy: g.createdBy, createdIn: g.createdIn } : undefined;
  return formatStackOverflow({ inner: all.slice(0, 50), outer, frames, finalizer, others, g: gi, main: main && text(main), id: g.id });
}

stackHook.report = stackOverflowReport;
