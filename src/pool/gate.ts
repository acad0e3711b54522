import type { World, Wait } from '../sim/world.ts';

/** Gate is the part of sync.RWMutex the pool needs: many readers, and a writer that waits for zero readers. */
export class Gate {
  private readers = 0;
  private writer = false;
  private waits: Wait<void>[] | null = null;

  constructor(
    private readonly world: World,
    private readonly reason: string,
  ) {}

  /** rlock takes a read hold (never blocks: writers in this model only wait for readers to leave). */
  rlock(): void {
    this.readers++;
  }

  /** runlock drops a read hold, waking a writer when none is left. */
  runlock(): void {
    if (this.readers > 0) this.readers--;
    if (this.readers === 0) this.wakeAll();
  }

  /** tryLock takes the write hold if the gate is free (no waiting); reports whether it did. */
  tryLock(): boolean {
    if (this.readers > 0 || this.writer) return false;
    this.writer = true;
    return true;
  }

  /** lock waits until no reader and no other writer holds the gate, then holds it. */
  *lock(): Generator<unknown, void, unknown> {
    while (this.readers > 0 || this.writer) {
      const w = this.world.wait<void>(this.reason);
      (this.waits ??= []).push(w);
      yield* w.park();
    }
    this.writer = true;
  }

  /** unlock releases the write hold. */
  unlock(): void {
    this.writer = false;
    this.wakeAll();
  }

  /** held reports whether anyone holds the gate. */
  get held(): boolean {
    return this.readers > 0 || this.writer;
  }

  private wakeAll(): void {
    const ws = this.waits;
    if (!ws) return;
    this.waits = null;
    for (const w of ws) w.wake();
  }
}
