/** goroutine: a goroutine's state (its frame stack for tracebacks and recover) and Go-style traceback text. */
import type { Task, World } from '../../sim/world.ts';
import type { Frame, FuncInfo, GoPanic, TraceLine } from './panic.ts';

/** DeferEntry is one deferred call: a generator function and its already-evaluated arguments. */
export interface DeferEntry { fn: (g: G, ...a: any[]) => Generator<unknown, any, unknown>; args: any[] }
/** DeferFrame is the frame of a function that uses defer. */
export interface DeferFrame extends Frame { d: DeferEntry[] | null; pn: GoPanic | null }

/** G is one goroutine. */
export class G {
  /** fs is the frame stack, innermost last. */
  fs: Frame[] = [];
  task!: Task;
  /** world is the sim world the goroutine runs in (host packages shared by every run reach the clock through it). */
  world!: World;
  /** panic is the panic whose deferred calls are running now, and the frame depth at which recover() may stop it. */
  panic: GoPanic | null = null;
  recoverAt = -1;
  /** G creates goroutine `id`, created by the given frame (absent for main). */
  constructor(readonly id: number, readonly createdBy: TraceLine | null, readonly createdIn: number) {}
}

/** snapshot captures the frame stack for a traceback. */
export function snapshot(fs: Frame[]): TraceLine[] {
  const out: TraceLine[] = [];
  for (let i = fs.length - 1; i >= 0; i--) { const f = fs[i]!; out.push({ name: f.fn.name, file: f.fn.file, line: f.p, np: f.fn.np, fb: f.fn.fb }); }
  return out;
}

/** formatTrace prints frames as Go does (`main.f(...)` then a tab and `main.go:12`). */
export function formatTrace(lines: TraceLine[]): string {
  let s = '';
  for (const l of lines) s += `${l.name}(${l.np ? '...' : ''})\n\t${l.file}:${l.line}\n`;
  return s;
}

/** goroutineHeader is `goroutine N [reason]:` plus the creation line for goroutines other than main. */
export function formatGoroutine(g: G, status: string, lines: TraceLine[]): string {
  let s = `goroutine ${g.id} [${status}]:\n` + formatTrace(lines);
  if (g.createdBy) s += `created by ${g.createdBy.name} in goroutine ${g.createdIn}\n\t${g.createdBy.file}:${g.createdBy.line}\n`;
  return s;
}

/** newFrame is used by host code that wants to appear in tracebacks. */
export function newFrame(fn: FuncInfo, p: number): Frame { return { fn, p }; }
