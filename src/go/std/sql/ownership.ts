/** ownership: who holds the pool's connections when a program stops making progress (the hang/deadlock report's detail). */
import type { World } from '../../../sim/world.ts';
import type { DB, OpenResource } from '../../../pool/db.ts';
import { formatSite } from '../../../sim/site.ts';
import { goroutineOfTask } from './database-sql.ts';

const KIND: Record<OpenResource['kind'], string> = { conn: 'a query in flight', rows: '*sql.Rows', stmt: '*sql.Stmt', tx: '*sql.Tx', heldConn: '*sql.Conn' };

/** ownershipLines describes, for each pool with waiters, who waits and which goroutine holds each connection and where it was acquired. */
export function ownershipLines(world: World, dbs: readonly DB[]): string[] {
  const out: string[] = [];
  const gid = (task: number | undefined) => (task === undefined ? '?' : String(goroutineOfTask(world, task) ?? `task ${task}`));
  for (const db of dbs) {
    if (db.closed) continue;
    const started = new Map<number, { task?: number; site?: import('../../../sim/site.ts').Site }>();
    for (const e of world.log.events) {
      if (e.kind === 'conn.wait.start' && e.db === db.id) started.set(e.waiter, { task: e.task, site: e.site });
      else if (e.kind === 'conn.wait.end' && (e as { db: number }).db === db.id) started.delete((e as { waiter: number }).waiter);
    }
    if (started.size === 0 && db.waiters() === 0) continue;
    const s = db.stats();
    out.push(`database/sql: ${db.waiters()} goroutine(s) wait for a connection; all ${s.OpenConnections} (MaxOpenConns=${s.MaxOpenConnections}) are in use:`);
    for (const w of started.values()) out.push(`\tgoroutine ${gid(w.task)} waits at ${w.site ? formatSite(w.site) : '?'}`);
    const res = db.openResources().filter((r) => r.kind !== 'stmt').sort((a, b) => (a.conn ?? 0) - (b.conn ?? 0));
    for (const r of res) out.push(`\tconnection ${r.conn ?? '?'} is held by goroutine ${gid(r.task)}: ${KIND[r.kind]} acquired at ${r.site ? formatSite(r.site) : '?'}${r.site?.func ? ` in ${r.site.func}` : ''}`);
  }
  return out;
}

/** poolHangReport replaces Go's deadlock message when a *sql.DB is open: real Go would hang forever (database/sql's opener goroutine stays alive). */
export function poolHangReport(world: World, dbs: readonly DB[]): string | null {
  const open = dbs.filter((d) => !d.closed);
  if (open.length === 0) return null;
  const lines = ['leakproof: every goroutine is blocked; real Go would hang here forever (database/sql\'s connectionOpener goroutine is still alive, so Go reports no deadlock)', ...ownershipLines(world, open)];
  return lines.join('\n');
}
