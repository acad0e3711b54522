import { Microsecond, Millisecond, type Nanos } from '../sim/time.ts';

/** LatencyModel says how long server round trips take in virtual time. */
export interface LatencyModel {
  /** connect is TCP connect + handshake + auth + the driver's setup, as one client-visible duration. */
  connect: Nanos;
  /** roundTrip is one command's network + parse time (query, exec, prepare, ping, begin, commit). */
  roundTrip: Nanos;
  /** perRow is the server and network time of each result row. */
  perRow: Nanos;
  /** introspection is the extra cost of executing SHOW ... and information_schema queries (materialized views). */
  introspection: Nanos;
  /** bufferBytes is how much of a result the socket buffers hold before the server waits for the client. */
  bufferBytes: number;
}

/**
 * DEFAULT_LATENCY reproduces the loopback traces in data/fidelity (MariaDB on 127.0.0.1: a login in
 * ~0.5-1 ms, 10 queries of 50 rows in ~3 ms, a monitor snapshot of three introspection queries in ~3 ms).
 * Every test and replay uses it unchanged.
 */
export const DEFAULT_LATENCY: LatencyModel = {
  connect: 900 * Microsecond,
  roundTrip: 100 * Microsecond,
  perRow: 2 * Microsecond,
  introspection: 800 * Microsecond,
  bufferBytes: 512 * 1024,
};

/** ZERO_LATENCY is the pool spec's "dials and queries take 0 ms" setting for its §14 scenarios. */
export const ZERO_LATENCY: LatencyModel = { connect: 0, roundTrip: 0, perRow: 0, introspection: 0, bufferBytes: 512 * 1024 };

/** statementTime is how long a statement that returns `rows` rows takes, plus its SLEEP() time. */
export function statementTime(m: LatencyModel, rows: number, sleep: Nanos = 0): Nanos {
  return m.roundTrip + rows * m.perRow + sleep;
}

/** latencyFromMs builds a model from milliseconds (for settings typed by people). */
export function latencyFromMs(ms: { connect: number; roundTrip: number; perRow: number; introspection?: number }): LatencyModel {
  return { connect: ms.connect * Millisecond, roundTrip: ms.roundTrip * Millisecond, perRow: ms.perRow * Millisecond, introspection: (ms.introspection ?? 0) * Millisecond, bufferBytes: 512 * 1024 };
}
