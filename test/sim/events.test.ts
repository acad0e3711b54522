import { describe, expect, it } from 'vitest';
import { World } from '../../src/sim/world.ts';

describe('EventLog', () => {
  it('stamps seq, virtual time and the running task', () => {
    const w = new World({ seed: 1 });
    w.log.emit({ kind: 'db.open', db: 1, driver: 'fake', dsn: '' });
    const t = w.spawn('g', function* () {
      yield* w.sleep(40);
      w.log.emit({ kind: 'conn.wait.start', db: 1, waiter: 3, site: { file: 'main.go', line: 3, col: 1 } });
    });
    w.run();
    expect(w.log.events).toEqual([
      { kind: 'db.open', db: 1, driver: 'fake', dsn: '', seq: 0, t: 0 },
      { kind: 'conn.wait.start', db: 1, waiter: 3, site: { file: 'main.go', line: 3, col: 1 }, seq: 1, t: 40, task: t.id },
    ]);
    expect(w.log.ofKind('db.open')).toHaveLength(1);
  });

  it('with log disabled, events still reach subscribers but are not stored', () => {
    const w = new World({ seed: 1, log: false });
    const seen: string[] = [];
    const unsub = w.log.subscribe((e) => seen.push(e.kind));
    w.log.emit({ kind: 'db.close', db: 1 });
    unsub();
    w.log.emit({ kind: 'db.close', db: 2 });
    expect(seen).toEqual(['db.close']);
    expect(w.log.events).toHaveLength(0);
    expect(w.log.count).toBe(2);
  });
});
