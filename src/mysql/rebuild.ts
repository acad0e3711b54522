import type { ServerCommand, SimEvent } from '../sim/events.ts';
import type { Nanos } from '../sim/time.ts';

/** RebuiltSession is a session as the event log describes it. */
export interface RebuiltSession { id: number; user: string; command: ServerCommand; state: string; info: string | null }

/** RebuiltServer is a server's state rebuilt from the event log alone. */
export interface RebuiltServer {
  sessions: RebuiltSession[];
  preparedStmtCount: number;
  connections: number;
  abortedClients: number;
  maxUsedConnections: number;
}

/** rebuildServerState replays one server's events up to and including instant `at` (and seq `upToSeq`). */
export function rebuildServerState(events: readonly SimEvent[], server: number, at: Nanos, upToSeq = Infinity): RebuiltServer {
  const sessions = new Map<number, RebuiltSession>();
  let prepared = 0;
  let connections = 0;
  let aborted = 0;
  let maxUsed = 0;
  for (const e of events) {
    if (e.t > at || e.seq > upToSeq) break;
    if (!('server' in e) || e.server !== server) continue;
    switch (e.kind) {
      case 'server.session.open':
        connections++;
        sessions.set(e.session, { id: e.session, user: e.user, command: 'Connect', state: 'login', info: null });
        maxUsed = Math.max(maxUsed, sessions.size);
        break;
      case 'server.login.refused':
        if (e.session === undefined) connections++;
        break;
      case 'server.session.state': {
        const s = sessions.get(e.session);
        if (s) Object.assign(s, { command: e.command, state: e.state, info: e.info });
        break;
      }
      case 'server.session.close':
        sessions.delete(e.session);
        if (e.aborted) aborted++;
        break;
      case 'server.stmt.prepare':
        prepared++;
        break;
      case 'server.stmt.close':
        prepared--;
        break;
      default:
        break;
    }
  }
  return {
    sessions: [...sessions.values()].sort((a, b) => a.id - b.id),
    preparedStmtCount: prepared, connections, abortedClients: aborted, maxUsedConnections: maxUsed,
  };
}
