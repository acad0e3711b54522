import { describe, expect, it } from 'vitest';
import { Pending, type Wakeable } from '../../src/mysql/wire.ts';

function waker(log: string[], name: string): Wakeable {
  return { wake: (v) => (log.push(`${name}:${v}`), true) };
}

describe('Pending', () => {
  it('notifies callbacks and parked wakers once, in subscription order', () => {
    const p = new Pending<number>();
    const log: string[] = [];
    p.onReady(() => log.push('a'));
    p.wakeOnReady(waker(log, 'w'));
    p.onReady(() => log.push('b'));
    expect(p.ready).toBe(false);
    p.resolve(7);
    p.resolve(8);
    expect(log).toEqual(['a', 'w:reply', 'b']);
    expect(p.value).toBe(7);
  });

  it('a dropped waker or unsubscribed callback is not notified; later subscribers keep their order', () => {
    const p = new Pending<string>();
    const log: string[] = [];
    const w = waker(log, 'w');
    p.wakeOnReady(w);
    const unsub = p.onReady(() => log.push('a'));
    p.dropWaker(w);
    p.onReady(() => log.push('b'));
    p.wakeOnReady(waker(log, 'x'));
    unsub();
    p.resolve('v');
    expect(log).toEqual(['b', 'x:reply']);
  });

  it('onReady after the value arrived runs at once; reading the value before it arrives throws', () => {
    const p = new Pending<number>();
    expect(() => p.value).toThrow('Pending.value before ready');
    p.resolve(1);
    let ran = 0;
    p.onReady(() => ran++);
    expect(ran).toBe(1);
  });
});
