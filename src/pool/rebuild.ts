import type { SimEvent } from '../sim/events.ts';
import type { DBStats } from './db.ts';

/** RebuiltPool is the pool state derived from the event log alone. */
export interface RebuiltPool {
  stats: DBStats;
  idle: number[]; // conn ids in the idle list, oldest first
  waiting: number[]; // waiter ids still in the wait queue (a picked waiter leaves it at once)
  openRows: number[];
  openStmts: number[];
  openTxs: number[];
  heldConns: number[];
  closed: boolean;
}

/** rebuildStats replays a prefix of the event log for one DB and returns its state (DBStats included). */
export function rebuildStats(events: readonly SimEvent[], db: number): RebuiltPool {
  const s: DBStats = {
    MaxOpenConnections: 0,
    OpenConnections: 0,
    InUse: 0,
    Idle: 0,
    WaitCount: 0,
    WaitDuration: 0,
    MaxIdleClosed: 0,
    MaxIdleTimeClosed: 0,
    MaxLifetimeClosed: 0,
  };
  const idle: number[] = [];
  const waiting = new Set<number>();
  const rows = new Set<number>();
  const stmts = new Set<number>();
  const txs = new Set<number>();
  const held = new Set<number>();
  let closed = false;
  const dropIdle = (conn: number): void => {
    const i = idle.indexOf(conn);
    if (i >= 0) idle.splice(i, 1);
  };
  for (const e of events) {
    if (!('db' in e) || e.db !== db) continue;
    switch (e.kind) {
      case 'db.close':
        closed = true;
        waiting.clear(); // every waiter gets sql: database is closed
        break;
      case 'pool.settings':
        s.MaxOpenConnections = e.maxOpen;
        break;
      case 'conn.reserve':
        s.OpenConnections++;
        break;
      case 'conn.dial.fail':
      case 'conn.close':
        s.OpenConnections--;
        dropIdle(e.conn);
        break;
      case 'conn.acquire':
        if (e.from === 'idle') dropIdle(e.conn);
        break;
      case 'conn.idle.remove':
        dropIdle(e.conn);
        break;
      case 'conn.release':
      case 'conn.handoff':
        if (e.to === 'idle') idle.push(e.conn);
        if (e.waiter !== undefined) waiting.delete(e.waiter); // the waiter left the queue when picked
        break;
      case 'conn.error.handoff':
        waiting.delete(e.waiter);
        break;
      case 'conn.wait.start':
        s.WaitCount++;
        waiting.add(e.waiter);
        break;
      case 'conn.wait.end':
        s.WaitDuration += e.waited;
        waiting.delete(e.waiter);
        break;
      case 'pool.counter':
        if (e.counter === 'maxIdleClosed') s.MaxIdleClosed++;
        else if (e.counter === 'maxIdleTimeClosed') s.MaxIdleTimeClosed++;
        else s.MaxLifetimeClosed++;
        break;
      case 'rows.open':
        rows.add(e.rows);
        break;
      case 'rows.close':
        rows.delete(e.rows);
        break;
      case 'stmt.prepare':
        stmts.add(e.stmt);
        break;
      case 'stmt.close':
        stmts.delete(e.stmt);
        break;
      case 'tx.begin':
        txs.add(e.tx);
        break;
      case 'tx.end':
        txs.delete(e.tx);
        break;
      case 'heldconn.open':
        held.add(e.heldConn);
        break;
      case 'heldconn.close':
        held.delete(e.heldConn);
        break;
      default:
        break;
    }
  }
  s.Idle = idle.length;
  s.InUse = s.OpenConnections - s.Idle;
  return {
    stats: s,
    idle,
    waiting: [...waiting],
    openRows: [...rows],
    openStmts: [...stmts],
    openTxs: [...txs],
    heldConns: [...held],
    closed,
  };
}
