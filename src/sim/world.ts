/**
 * The virtual world: a clock, timers and a deterministic scheduler for tasks, following Go's
 * testing/synctest contract.
 *
 * The contract:
 * - Virtual time starts at 0 (wall instant EPOCH_UNIX_NANOS, 2000-01-01T00:00:00Z) and advances ONLY when
 *   every live task is blocked: no task is runnable and no timer is due now.
 * - Then the clock jumps to the earliest pending timer and fires every timer due at that instant, in
 *   creation order, before any task runs again. Timer callbacks run in scheduler context and must not block.
 * - A task is blocked while it is parked on a Wait (`yield* w.park()`, which also covers `sleep`). Nothing
 *   else blocks: a task that yields a bare value (`yield`) stays runnable and goes to the back of the run
 *   queue (that is how the Go runtime preempts a spinning goroutine).
 * - When every live task is blocked and no timer is pending, the run ends with a deadlock report listing
 *   each blocked task with its wait reason, the instant it blocked and its site: a result, never a hang.
 *   Daemon timers (`timer(at, fire, { daemon: true })`, e.g. the pool's connection cleaner) fire when time
 *   advances anyway, but alone they do not keep a blocked world alive.
 * - When no live task is left, the run is done, even if timers are still pending.
 * - Deterministic: the same seed gives the same schedule, the same random choices and the same event log.
 *   With `shuffle`, the next task is a seeded random pick among the runnable ones; otherwise FIFO.
 */
import { doneWith } from './done.ts';
import { EventLog } from './events.ts';
import { Rng } from './rng.ts';
import type { Site } from './site.ts';
import type { Nanos } from './time.ts';
import { TimerHeap, type TimerEntry } from './timer-heap.ts';

/** TaskBody is a task's code: a generator that blocks with `yield*` on sim primitives. */
export type TaskBody<T> = (task: Task<T>) => Generator<unknown, T, unknown>;

/** Task is one schedulable thread of the world (a goroutine, or a plain TypeScript task in tests). */
export interface Task<T = unknown> {
  readonly id: number;
  readonly name: string;
  state: 'runnable' | 'running' | 'blocked' | 'done' | 'failed';
  waitReason?: string;
  waitSince?: Nanos;
  site?: Site;
  result?: T;
  error?: unknown;
  data?: unknown;
  readonly createdAt: Nanos;
  readonly createdSite?: Site;
}

/** Timer is a scheduled callback at a virtual instant. */
export interface Timer {
  readonly at: Nanos;
  /** stop cancels the timer; true if it had neither fired nor been stopped before. */
  stop(): boolean;
  readonly fired: boolean;
}

/** TimerTarget is an object a timer calls instead of a closure (World.timerFor). */
export interface TimerTarget {
  timerFired(): void;
}

/** WaitOutcome is how a park ended: woken with a value, or timed out at the deadline. */
export type WaitOutcome<T> = { kind: 'woken'; value: T } | { kind: 'timeout' };

/** Wait is a one-shot blocking point of one task. */
export interface Wait<T> {
  readonly task: Task;
  readonly resolved: boolean;
  /** wake makes the task runnable with this value; false if already resolved. */
  wake(value: T): boolean;
  /** park blocks the current task until woken or timed out: `const r = yield* w.park()`. */
  park(): Generator<unknown, WaitOutcome<T>, unknown>;
  /**
   * parkNow is park without its generator frame, for hot paths: a token to `yield` as it is (null when
   * already resolved), then read `outcomeNow()`: `const t = w.parkNow(); if (t !== null) yield t;`.
   */
  parkNow(): symbol | null;
  /** outcomeNow is how the wait ended (only once resolved). */
  outcomeNow(): WaitOutcome<T>;
  /** timedOut: the wait ended at its deadline (read once resolved; outcomeNow without an object). */
  readonly timedOut: boolean;
  /** wokenValue is the value wake() delivered (undefined before that, or after a timeout). */
  readonly wokenValue: T | undefined;
}

/** BlockedTask is one line of a deadlock report. */
export interface BlockedTask {
  task: Task;
  reason: string;
  since: Nanos;
  site?: Site;
}

/** RunResult is why World.run returned. */
export type RunResult =
  | { kind: 'done' }
  | { kind: 'until' }
  | { kind: 'deadlock'; blocked: BlockedTask[] }
  | { kind: 'steps'; steps: number }
  | { kind: 'error'; task: Task; error: unknown };

/** WorldOptions configures a world. */
export interface WorldOptions {
  seed: number;
  shuffle?: boolean;
  log?: boolean;
  /**
   * keepTasks: tasks() lists finished tasks too (default true). Long load simulations (the Pool Lab, the
   * benchmarks) pass false: a finished task is then dropped, so memory stays flat however long the run.
   */
  keepTasks?: boolean;
}

const PARK: unique symbol = Symbol('park');

/**
 * TaskImpl is a task with the scheduler's fields. A class with every field set in the constructor: one
 * compact object per task (no out-of-object property array), which matters because finished tasks stay
 * listed by tasks().
 */
/**
 * Sleeper is a task's reusable `yield*` target for World.sleep: its first step arms the timer and yields the
 * park token, its second ends the sleep. A task runs one thing at a time, so one per task is enough.
 */
class Sleeper {
  private d: Nanos = 0;
  private reason = 'sleep';
  private phase: 0 | 1 | 2 = 0; // 0 armed, 1 parked, 2 done

  constructor(
    private readonly world: World,
    private readonly task: TaskImpl,
  ) {}

  arm(d: Nanos, reason: string): void {
    this.d = d;
    this.reason = reason;
    this.phase = 0;
  }

  next(): IteratorResult<unknown, void> {
    if (this.phase === 0) {
      this.world._startSleep(this.task, this.d, this.reason);
      this.phase = 1;
      return PARK_RESULT;
    }
    this.phase = 2;
    return DONE_RESULT;
  }

  return(): IteratorResult<unknown, void> {
    this.phase = 2;
    return DONE_RESULT;
  }

  throw(e: unknown): never {
    this.phase = 2;
    throw e;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

const PARK_RESULT: IteratorYieldResult<unknown> = Object.freeze({ value: PARK, done: false });

/**
 * PARK_STEP is what a hand-written `yield*` target's next() returns to park its task right after
 * `w.parkNow()` gave a token (a generator would `yield` the token): `yield*` hands this very object up to the
 * scheduler, so parking allocates nothing.
 */
export const PARK_STEP: IteratorYieldResult<unknown> = PARK_RESULT;
const DONE_RESULT: IteratorReturnResult<void> = { value: undefined, done: true };
const DONE_VOID = doneWith<void>(undefined);

function* sleepOutsideTask(d: Nanos): Generator<unknown, void, unknown> {
  if (d > 0) throw new Error('sim: sleep called outside a task');
}

class TaskImpl implements Task {
  state: Task['state'] = 'runnable';
  waitReason: string | undefined = undefined;
  waitSince: Nanos | undefined = undefined;
  site: Site | undefined = undefined;
  result: unknown = undefined;
  error: unknown = undefined;
  gen: Generator<unknown, unknown, unknown> | undefined = undefined;
  parkedOn: WaitImpl<unknown> | undefined = undefined;
  sleeping = false;
  sleeper: Sleeper | undefined = undefined;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly createdAt: Nanos,
    readonly createdSite: Site | undefined,
    public data: unknown,
    /** body: cleared with gen when the task ends, so a finished task does not keep its frames alive. */
    public body: TaskBody<unknown> | undefined,
  ) {}
}

class WaitImpl<T> implements Wait<T> {
  resolved = false;
  timedOut = false;
  wokenValue: T | undefined = undefined;
  parked = false;
  timer: TimerImpl | undefined;

  constructor(
    private readonly world: World,
    readonly task: TaskImpl,
    private readonly reason: string,
    private readonly site: Site | undefined,
  ) {}

  wake(value: T): boolean {
    if (this.resolved) return false;
    this.wokenValue = value;
    this.end();
    return true;
  }

  /** timeout ends the wait at its deadline (the deadline timer calls it). */
  timeout(): void {
    if (this.resolved) return;
    this.timedOut = true;
    this.end();
  }

  private end(): void {
    this.resolved = true;
    const timer = this.timer;
    if (timer && timer.state === 'pending') this.world._stopTimer(timer);
    if (this.parked) this.world._makeRunnable(this.task);
  }

  *park(): Generator<unknown, WaitOutcome<T>, unknown> {
    const token = this.parkNow();
    if (token !== null) yield token;
    return this.outcomeNow();
  }

  parkNow(): symbol | null {
    if (this.resolved) return null;
    if (this.world.current() !== this.task) throw new Error(`sim: park called outside task ${this.task.name}`);
    this.parked = true;
    this.task.waitReason = this.reason;
    this.task.waitSince = this.world.now();
    this.task.site = this.site;
    this.task.parkedOn = this as WaitImpl<unknown>;
    return PARK;
  }

  outcomeNow(): WaitOutcome<T> {
    if (!this.resolved) throw new Error('sim: outcomeNow before the wait ended');
    return this.timedOut ? { kind: 'timeout' } : { kind: 'woken', value: this.wokenValue as T };
  }
}

/**
 * TimerImpl is a timer's heap entry and, at once, the Timer a World.timer call returns (one object per
 * timer instead of an entry plus a handle).
 */
class TimerImpl implements TimerEntry, Timer {
  idx = -1;
  state: 'pending' | 'stopped' | 'fired' = 'pending';

  constructor(
    private readonly world: World,
    readonly at: Nanos,
    readonly seq: number,
    public fire: (() => void) | TimerTarget | null,
    public task: TaskImpl | undefined,
    readonly daemon: boolean,
  ) {}

  get fired(): boolean {
    return this.state === 'fired';
  }

  stop(): boolean {
    if (this.state !== 'pending') return false;
    this.world._stopTimer(this);
    return true;
  }
}

/** World is one simulated run: clock, timers, tasks, seeded randomness and the event log. */
export class World {
  readonly seed: number;
  readonly rng: Rng;
  readonly log: EventLog;
  private readonly shuffle: boolean;
  private readonly keepTasks: boolean;
  private readonly schedRng: Rng;
  private clock: Nanos = 0;
  private cur: TaskImpl | null = null;
  private nextTaskId = 1;
  private timerSeq = 0;
  private objSeq = 0;
  private readonly timers = new TimerHeap();
  private liveTimers = 0; // pending non-daemon timers
  /**
   * The run queue: a ring buffer (capacity a power of two) whose taken slots are cleared at once, so a finished
   * task is not kept reachable by the queue (an array consumed from an index kept the last thousand tasks alive
   * long enough for the GC to promote them).
   */
  private runQ: (TaskImpl | undefined)[] = new Array<TaskImpl | undefined>(64).fill(undefined);
  private runHead = 0;
  private runLen = 0;
  private live = 0;
  private all: TaskImpl[] = [];
  /** doneInAll: finished tasks still in `all` (keepTasks: false compacts it when they are half of it). */
  private doneInAll = 0;

  constructor(opts: WorldOptions) {
    this.seed = opts.seed >>> 0;
    this.rng = new Rng(this.seed);
    this.schedRng = this.rng.fork('scheduler');
    this.shuffle = opts.shuffle ?? false;
    this.keepTasks = opts.keepTasks ?? true;
    this.log = new EventLog({ now: () => this.clock, currentTaskId: () => this.cur?.id }, opts.log ?? true);
  }

  /** now is the current virtual instant. */
  now(): Nanos {
    return this.clock;
  }

  /** current is the task whose generator is running now (null in scheduler context, e.g. a timer). */
  current(): Task | null {
    return this.cur;
  }

  /** tasks lists every task ever spawned, in spawn order (only the unfinished ones with keepTasks: false). */
  tasks(): readonly Task[] {
    if (!this.keepTasks && this.doneInAll > 0) {
      this.all = this.all.filter((t) => t.state !== 'done' && t.state !== 'failed');
      this.doneInAll = 0;
    }
    return this.all;
  }

  /** liveTasks counts tasks that are neither done nor failed. */
  liveTasks(): number {
    return this.live;
  }

  /** spawn creates a runnable task; it first runs when the scheduler picks it. */
  spawn<T>(name: string, body: TaskBody<T>, opts?: { site?: Site; data?: unknown }): Task<T> {
    const t = new TaskImpl(this.nextTaskId++, name, this.clock, opts?.site, opts?.data, body as TaskBody<unknown>);
    this.all.push(t);
    this.live++;
    this.enqueue(t);
    return t as unknown as Task<T>;
  }

  /** sleep blocks the current task for d (returns at once when d <= 0): `yield* world.sleep(d)`. */
  sleep(d: Nanos, reason = 'sleep'): Generator<unknown, void, unknown> {
    const task = this.cur;
    if (!task) return sleepOutsideTask(d);
    if (!(d > 0)) return DONE_VOID;
    // The task's reusable sleeper instead of a generator per call (time.Sleep and load loops sleep a lot).
    const sl = (task.sleeper ??= new Sleeper(this, task));
    sl.arm(d, reason);
    return sl as unknown as Generator<unknown, void, unknown>;
  }

  /** _startSleep is internal: the sleeper's first step parks the task on a timer (no Wait object). */
  _startSleep(task: TaskImpl, d: Nanos, reason: string): void {
    if (this.cur !== task) throw new Error(`sim: sleep of task ${task.name} stepped outside it`);
    this.addTimer(this.clock + d, null, false, task);
    task.waitReason = reason;
    task.waitSince = this.clock;
    task.site = undefined;
    task.sleeping = true;
  }

  /** wait creates a blocking point for the current task; with a deadline it times out at that instant. */
  wait<T>(reason: string, opts?: { deadline?: Nanos; site?: Site }): Wait<T> {
    const task = this.cur;
    if (!task) throw new Error('sim: wait called outside a task');
    const w = new WaitImpl<T>(this, task, reason, opts?.site);
    const dl = opts?.deadline;
    if (dl !== undefined) {
      if (dl <= this.clock) w.timeout();
      else w.timer = this.addTimer(dl, () => w.timeout(), false);
    }
    return w;
  }

  /** timer schedules fire() at the instant `at` (scheduler context; must not block). */
  timer(at: Nanos, fire: () => void, opts?: { daemon?: boolean }): Timer {
    return this.addTimer(Math.max(at, this.clock), fire, opts?.daemon ?? false);
  }

  /** timerFor is timer with an object instead of a closure: target.timerFired() runs at `at` (hot paths). */
  timerFor(at: Nanos, target: TimerTarget, opts?: { daemon?: boolean }): Timer {
    return this.addTimer(Math.max(at, this.clock), target, opts?.daemon ?? false);
  }

  /** _nextObjectId is internal: the world-unique id sequence of pool objects (see nextObjectId in src/pool/db.ts). */
  _nextObjectId(): number {
    return ++this.objSeq;
  }

  /** run steps tasks and time until done, deadlock, until(), maxSteps or a task error; call again to go on. */
  run(opts?: { maxSteps?: number; until?: () => boolean }): RunResult {
    const until = opts?.until;
    const maxSteps = opts?.maxSteps ?? Infinity;
    let steps = 0;
    for (;;) {
      if (until && until()) return { kind: 'until' };
      // Timers due now fire before any task runs.
      const top = this.timers.peek();
      if (top && top.at <= this.clock) {
        this.fireDue();
        continue;
      }
      if (this.runLen === 0) {
        if (this.live === 0) return { kind: 'done' };
        if (this.liveTimers === 0 || !top) return { kind: 'deadlock', blocked: this.blockedReport() };
        this.clock = top.at;
        this.fireDue();
        continue;
      }
      if (steps >= maxSteps) return { kind: 'steps', steps };
      steps++;
      const t = this.pickNext();
      const res = this.step(t);
      if (res) return res;
    }
  }

  /** _makeRunnable is internal: a parked task's wait resolved. */
  _makeRunnable(t: TaskImpl): void {
    if (t.state !== 'blocked') return;
    t.state = 'runnable';
    t.waitReason = undefined;
    t.waitSince = undefined;
    t.site = undefined;
    t.parkedOn = undefined;
    this.enqueue(t);
  }

  private enqueue(t: TaskImpl): void {
    let q = this.runQ;
    if (this.runLen === q.length) {
      // Full: unroll into an array twice the size, head first.
      const bigger = new Array<TaskImpl | undefined>(q.length * 2).fill(undefined);
      for (let i = 0; i < this.runLen; i++) bigger[i] = q[(this.runHead + i) & (q.length - 1)];
      this.runQ = q = bigger;
      this.runHead = 0;
    }
    q[(this.runHead + this.runLen) & (q.length - 1)] = t;
    this.runLen++;
  }

  /** _stopTimer is internal: cancel a pending timer entry. */
  _stopTimer(e: TimerEntry): void {
    if (e.state !== 'pending') return;
    e.state = 'stopped';
    this.timers.remove(e);
    // A Timer handle may still hold the entry: drop what it references so that can be collected now.
    e.fire = null;
    e.task = undefined;
    if (!e.daemon) this.liveTimers--;
  }

  private addTimer(at: Nanos, fire: (() => void) | TimerTarget | null, daemon: boolean, task?: TaskImpl): TimerImpl {
    const e = new TimerImpl(this, at, this.timerSeq++, fire, task, daemon);
    this.timers.push(e);
    if (!daemon) this.liveTimers++;
    return e;
  }

  private fireDue(): void {
    for (;;) {
      const e = this.timers.peek() as TimerImpl | undefined;
      if (!e || e.at > this.clock) return;
      this.timers.pop();
      e.state = 'fired';
      if (!e.daemon) this.liveTimers--;
      const fire = e.fire;
      if (fire) {
        e.fire = null; // a fired entry (kept by its Timer handle) no longer holds the callback
        if (typeof fire === 'function') fire();
        else fire.timerFired();
      } else if (e.task) {
        const t = e.task as TaskImpl;
        e.task = undefined;
        t.sleeping = false;
        this._makeRunnable(t);
      }
    }
  }

  private pickNext(): TaskImpl {
    const q = this.runQ;
    const mask = q.length - 1;
    const head = this.runHead;
    if (this.shuffle) {
      // A seeded pick among the runnable tasks, in queue order, swapped to the head.
      const i = (head + this.schedRng.int(this.runLen)) & mask;
      const picked = q[i]!;
      q[i] = q[head];
      q[head] = picked;
    }
    const t = q[head]!;
    q[head] = undefined;
    this.runHead = (head + 1) & mask;
    this.runLen--;
    return t;
  }

  private step(t: TaskImpl): RunResult | null {
    t.state = 'running';
    this.cur = t;
    let r: IteratorResult<unknown, unknown>;
    try {
      if (!t.gen) t.gen = t.body!(t);
      r = t.gen.next();
    } catch (err) {
      this.cur = null;
      t.gen = undefined;
      t.body = undefined;
      t.state = 'failed';
      t.error = err;
      this.live--;
      if (!this.keepTasks) this.dropFinished();
      return { kind: 'error', task: t, error: err };
    }
    this.cur = null;
    if (r.done) {
      t.gen = undefined;
      t.body = undefined;
      t.state = 'done';
      t.result = r.value;
      this.live--;
      if (!this.keepTasks) this.dropFinished();
    } else if (r.value === PARK && ((t.parkedOn && !t.parkedOn.resolved) || t.sleeping)) {
      t.state = 'blocked';
    } else {
      t.state = 'runnable';
      t.parkedOn = undefined;
      this.enqueue(t);
    }
    return null;
  }

  /** dropFinished counts a finished task and, once they are half of `all`, filters them out (amortized O(1)). */
  private dropFinished(): void {
    if (++this.doneInAll * 2 < this.all.length || this.all.length < 64) return;
    this.all = this.all.filter((t) => t.state !== 'done' && t.state !== 'failed');
    this.doneInAll = 0;
  }

  private blockedReport(): BlockedTask[] {
    return this.all
      .filter((t) => t.state === 'blocked')
      .map((t) => ({ task: t, reason: t.waitReason ?? 'unknown', since: t.waitSince ?? 0, site: t.site }));
  }
}
