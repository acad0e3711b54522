/**
 * pool-state: the pool at one instant of a run, rebuilt from the event log alone (no DOM): each
 * connection slot's state, the waiting goroutines, the server's max_connections and DBStats.
 */
import type { SimEvent } from '../../sim/events.ts';
import type { DBStats } from '../../pool/db.ts';
import { rebuildStats } from '../../pool/rebuild.ts';

/** SlotState is what a connection slot is doing. */
export type SlotState = 'dialing' | 'idle' | 'inUse' | 'closed';

/** Slot is one pool connection at the instant. */
export interface Slot { conn: number; state: SlotState; session?: number }

/** PoolInstant is the pool at the instant. */
export interface PoolInstant {
  t: number;
  slots: Slot[];
  waiting: number;
  maxConnections: number | null;
  stats: DBStats;
}

/** poolDb is the pool a timeline is about: the first *sql.DB opened (the harness's, or main's), or -1. */
export function poolDb(events: readonly SimEvent[]): number {
  for (const e of events) if (e.kind === 'db.open') return e.db;
  return -1;
}

/** eventsUntil is the prefix of the log at virtual time t (every event with e.t <= t). */
export function eventsUntil(events: readonly SimEvent[], t: number): readonly SimEvent[] {
  let n = 0;
  while (n < events.length && events[n]!.t <= t) n++;
  return events.slice(0, n);
}

/** poolAt rebuilds the pool of db from a prefix of the log (the state after its last event). */
export function poolAt(prefix: readonly SimEvent[], db: number): PoolInstant {
  const slots = new Map<number, Slot>();
  let maxConnections: number | null = null;
  for (const e of prefix) {
    if (e.kind === 'server.start') {
      const v = e.variables['max_connections'];
      if (v !== undefined) maxConnections = Number(v);
      continue;
    }
    if (!('db' in e) || e.db !== db || !('conn' in e) || typeof e.conn !== 'number') continue;
    const s = slots.get(e.conn) ?? { conn: e.conn, state: 'dialing' as SlotState };
    switch (e.kind) {
      case 'conn.reserve':
      case 'conn.dial.start':
        s.state = 'dialing';
        break;
      case 'conn.dial.end':
        if (e.session !== undefined) s.session = e.session;
        break;
      case 'conn.dial.fail':
      case 'conn.close':
        s.state = 'closed';
        break;
      case 'conn.acquire':
        s.state = 'inUse';
        break;
      case 'conn.release':
      case 'conn.handoff':
        s.state = e.to === 'idle' ? 'idle' : e.to === 'waiter' ? 'inUse' : s.state;
        break;
      default:
        break;
    }
    slots.set(e.conn, s);
  }
  const rebuilt = rebuildStats(prefix, db);
  const t = prefix.length ? prefix[prefix.length - 1]!.t : 0;
  return { t, slots: [...slots.values()].sort((a, b) => a.conn - b.conn), waiting: rebuilt.waiting.length, maxConnections, stats: rebuilt.stats };
}

/** describeEvent is a one-line plain-text account of a pool event (for the log mirror), or null to skip it. */
export function describeEvent(e: SimEvent): string | null {
  const at = e.site ? ` at ${e.site.file}:${e.site.line}` : '';
  switch (e.kind) {
    case 'db.open': return `sql.Open: pool ${e.db} opened${at}`;
    case 'db.close': return `db.Close: pool closed${at}`;
    case 'conn.dial.start': return `conn ${e.conn}: dialing the server${at}`;
    case 'conn.dial.end': return `conn ${e.conn}: connected${e.session !== undefined ? ` (server connection ${e.session})` : ''}`;
    case 'conn.dial.fail': return `conn ${e.conn}: dial failed: ${e.error}`;
    case 'conn.acquire': return `conn ${e.conn}: taken (${e.from === 'idle' ? 'from the idle list' : e.from === 'dial' ? 'freshly dialed' : 'handed over while waiting'})${at}`;
    case 'conn.release': return `conn ${e.conn}: given back${e.to === 'idle' ? ' to the idle list' : e.to === 'waiter' ? ' straight to a waiting goroutine' : ' and closed'}${at}`;
    case 'conn.wait.start': return `a goroutine waits for a connection${at}`;
    case 'conn.wait.end': return `a waiting goroutine ${e.outcome === 'conn' ? `got conn ${e.conn}` : `gave up (${e.error ?? e.outcome})`} after ${(e.waited / 1e6).toFixed(1)} ms`;
    case 'conn.close': return `conn ${e.conn}: closed (${e.reason})`;
    case 'rows.open': return `rows ${e.rows} opened on conn ${e.conn}${at}`;
    case 'rows.close': return `rows ${e.rows} closed (${e.by})${at}`;
    case 'tx.begin': return `tx ${e.tx} began on conn ${e.conn}${at}`;
    case 'tx.end': return `tx ${e.tx} ended (${e.how})${at}`;
    case 'stmt.prepare': return `stmt ${e.stmt} prepared${at}`;
    case 'stmt.close': return `stmt ${e.stmt} closed${at}`;
    case 'heldconn.open': return `db.Conn ${e.heldConn} took conn ${e.conn}${at}`;
    case 'heldconn.close': return `db.Conn ${e.heldConn} gave back conn ${e.conn}${at}`;
    default: return null;
  }
}
