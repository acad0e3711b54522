/** Stats is one DBStats snapshot as a fidelity trace records it (WaitDuration in ms). */
export interface Stats {
  MaxOpenConnections: number;
  OpenConnections: number;
  InUse: number;
  Idle: number;
  WaitCount: number;
  WaitDurationMs: number;
  MaxIdleClosed: number;
  MaxIdleTimeClosed: number;
  MaxLifetimeClosed: number;
}

/** TraceEvent is one event of a fidelity trace (snapshot, error, note, variant marker). */
export interface TraceEvent {
  t_ms: number;
  variant: string;
  kind: string;
  label: string;
  stats?: Stats;
  data?: unknown;
  err?: { error: string };
  server?: { count: number; threads: { id: number; command: string; state: string; time_ms: number; info: string | null }[] };
}

/** Trace is a recorded fidelity trace (data/fidelity/traces/modern/*.json). */
export interface Trace {
  scenario: string;
  description: string;
  env: Record<string, string>;
  events: TraceEvent[];
  results: Record<string, unknown>;
}

/** variantEvents returns the events of the variant whose name starts with prefix (e.g. "D-"). */
export function variantEvents(trace: Trace, prefix: string): TraceEvent[] {
  const events = trace.events.filter((e) => e.variant.startsWith(prefix));
  if (events.length === 0) throw new Error(`trace ${trace.scenario} has no variant starting with ${prefix}`);
  return events;
}

/** findEvent returns the single event of a variant with the given kind and label, or throws. */
export function findEvent(trace: Trace, prefix: string, kind: string, label: string): TraceEvent {
  const e = variantEvents(trace, prefix).find((x) => x.kind === kind && x.label === label);
  if (!e) throw new Error(`trace ${trace.scenario} variant ${prefix}: no ${kind} "${label}"`);
  return e;
}

/** stackLabel names the recorded stack for a caption: "Go 1.23.5 · go-sql-driver/mysql 1.9.0 · MariaDB 10.11.19". */
export function stackLabel(trace: Trace): string {
  const go = trace.env.go_version?.replace(/^go/, 'Go ') ?? 'Go';
  const driver = /v(\d+\.\d+\.\d+)/.exec(trace.env['module github.com/go-sql-driver/mysql'] ?? '')?.[1];
  const maria = /^(\d+\.\d+\.\d+)/.exec(trace.env.mariadb_version ?? '')?.[1];
  return [go, driver ? `go-sql-driver/mysql ${driver}` : 'go-sql-driver/mysql', maria ? `MariaDB ${maria}` : 'MariaDB'].join(' · ');
}

/** linearScale maps [d0,d1] onto [r0,r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** niceTicks returns round tick values from 0 up to max (inclusive), about count of them. */
export function niceTicks(max: number, count = 5): number[] {
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** formatMs renders a duration for a label: "302 ms", "1.12 s", "2.0 s". */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(Math.round(ms) % 100 === 0 ? 1 : 2)} s`;
}
