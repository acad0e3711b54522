/**
 * late-retry: the browser's retry for parts of the runtime that load only when a compile or a run found it needed
 * them (src/go/syntax/late-keys.ts: the diagnostics' texts, the rest of strings and strconv, float and time
 * formatting the detectors missed, the stack-overflow report). Work whose compile or run recorded such a key
 * showed a placeholder somewhere, so it is done again once the key is loaded; runs are deterministic, so the
 * second result is the one the work would have had with everything loaded. One load can reveal another (a run
 * that could compile only after strconv's rest then needs float formatting, which then needs its rare forms), so
 * the loop goes on while each round loads something new.
 */

/** LateParts is what withLateParts reads from one copy of the runtime: the record of late keys and the lazy loader. */
export interface LateParts {
  lateCount(): number;
  lateKeys(): string[];
  isPending(key: string): boolean;
  loadKeys(keys: Iterable<string>): Promise<void>;
}

/**
 * IDLE_ROUNDS bounds the rounds that load nothing new: another request's compile may count a late key in the
 * middle of this work (the worker interleaves requests), which costs a round, never a placeholder shown.
 */
export const IDLE_ROUNDS = 2;

/**
 * withLateParts does `work`, and again after loading the late keys it recorded, until a round records none;
 * `reload` runs before each repeat (to drop caches holding placeholder results). A round that records only keys
 * already loaded more than IDLE_ROUNDS times is our bug (a part that records itself as missing once loaded).
 */
export async function withLateParts<T>(parts: LateParts, work: () => T | Promise<T>, reload: () => void = () => {}): Promise<T> {
  let idle = 0;
  for (;;) {
    const before = parts.lateCount();
    const out = await work();
    if (parts.lateCount() === before) return out;
    const missing = parts.lateKeys().filter((k) => parts.isPending(k));
    if (missing.length === 0 && ++idle > IDLE_ROUNDS) {
      throw new Error(`internal error: the runtime still needs ${parts.lateKeys().join(', ')} after loading it`);
    }
    await parts.loadKeys(missing);
    reload();
  }
}
