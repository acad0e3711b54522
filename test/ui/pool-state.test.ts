import { describe, expect, it } from 'vitest';
import { compile, runProgram } from '../../src/go/index.ts';
import { simStack } from '../../src/cli/sim-stack.ts';
import type { SimEvent } from '../../src/sim/events.ts';
import { describeEvent, eventsUntil, poolAt, poolDb } from '../../src/ui/pool-view/pool-state.ts';

// Two connections held, a third goroutine waits, then the first is given back and handed to the waiter.
const src = `package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(2)
	ctx := context.Background()
	c1, _ := db.Conn(ctx)
	c2, _ := db.Conn(ctx)
	done := make(chan bool)
	go func() {
		c3, err := db.Conn(ctx)
		if err == nil {
			c3.Close()
		}
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	c1.Close()
	<-done
	c2.Close()
	s := db.Stats()
	fmt.Println(s.OpenConnections, s.InUse, s.Idle, s.WaitCount, int64(s.WaitDuration))
}
`;

async function runEvents(): Promise<{ events: readonly SimEvent[]; stdout: string }> {
  const sources = [{ name: 'main.go', text: src }];
  const c = compile(sources);
  if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  const { world } = await simStack({ seed: 1, sources });
  const r = runProgram(c.program, { seed: 1, world });
  expect(r.stderr).toBe('');
  return { events: world.log.events, stdout: r.stdout };
}

describe('pool state at an instant', () => {
  it('shows both slots in use and one waiting goroutine while the third caller waits', async () => {
    const { events } = await runEvents();
    const db = poolDb(events);
    expect(db).toBeGreaterThanOrEqual(0);
    const wait = events.findIndex((e) => e.kind === 'conn.wait.start');
    const p = poolAt(events.slice(0, wait + 1), db);
    expect(p.waiting).toBe(1);
    expect(p.slots.map((s) => s.state)).toEqual(['inUse', 'inUse']);
    expect(p.stats).toMatchObject({ MaxOpenConnections: 2, OpenConnections: 2, InUse: 2, Idle: 0, WaitCount: 1, WaitDuration: 0 });
  });

  it('ends with the counters db.Stats() printed, both connections idle and nobody waiting', async () => {
    const { events, stdout } = await runEvents();
    const p = poolAt(events, poolDb(events));
    const [open, inUse, idle, waitCount, waitDuration] = stdout.trim().split(' ').map(Number);
    expect(p.stats).toMatchObject({ OpenConnections: open, InUse: inUse, Idle: idle, WaitCount: waitCount, WaitDuration: waitDuration });
    expect(waitDuration).toBe(10_000_000);
    expect(p.slots.map((s) => s.state)).toEqual(['idle', 'idle']);
    expect(p.waiting).toBe(0);
    expect(p.maxConnections).toBeGreaterThan(0);
  });

  it('takes every event up to and including a virtual instant', async () => {
    const { events } = await runEvents();
    const release = events.find((e) => e.kind === 'conn.release')!;
    const prefix = eventsUntil(events, release.t);
    expect(prefix.every((e) => e.t <= release.t)).toBe(true);
    expect(events.slice(prefix.length).every((e) => e.t > release.t)).toBe(true);
    expect(eventsUntil(events, -1)).toEqual([]);
  });

  it('describes pool events with the learner\'s source line', async () => {
    const { events } = await runEvents();
    const acquire = events.find((e) => e.kind === 'heldconn.open')!;
    expect(describeEvent(acquire)).toMatch(/^db\.Conn \d+ took conn \d+ at main\.go:19$/);
    const waitEnd = events.find((e) => e.kind === 'conn.wait.end')!;
    expect(describeEvent(waitEnd)).toMatch(/^a waiting goroutine got conn \d+ after 10\.0 ms$/);
  });
});
