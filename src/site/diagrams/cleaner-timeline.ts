import { formatMs, type Trace } from './trace.ts';

/** CleanerSample is one sample of a trace 11 series: pool counters at t ms after the conns went idle. */
export interface CleanerSample {
  tMs: number;
  open: number;
  idle: number;
  serverCount: number;
  maxLifetimeClosed: number;
  maxIdleTimeClosed: number;
}

/** CleanerVariant is one run of trace 11: the limits it set and what the counters did. */
export interface CleanerVariant {
  key: string;
  name: string;
  lifetimeMs?: number;
  idleTimeMs?: number;
  reuseAtMs?: number;
  samples: CleanerSample[];
  /** firstZeroMs is the first sample with no open conns; lastFullMs the sample before it. */
  lastFullMs: number;
  firstZeroMs: number;
  closedBy: string;
}

/** CleanerTimelineModel is what the CleanerTimeline diagram draws. */
export interface CleanerTimelineModel {
  variants: CleanerVariant[];
  startOpen: number;
  endMs: number;
  description: string;
}

interface Row {
  t_ms: number;
  open: number;
  idle: number;
  server_count: number;
  MaxLifetimeClosed: number;
  MaxIdleTimeClosed: number;
}

function limit(name: string, word: string): number | undefined {
  const m = new RegExp(`${word}(\\d+)ms`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** describeLimits names a variant's settings in Go: "SetConnMaxLifetime(300ms), SetConnMaxIdleTime(200ms)". */
export function describeLimits(v: Pick<CleanerVariant, 'lifetimeMs' | 'idleTimeMs' | 'reuseAtMs'>): string {
  const parts: string[] = [];
  if (v.lifetimeMs !== undefined) parts.push(`SetConnMaxLifetime(${v.lifetimeMs}ms)`);
  if (v.idleTimeMs !== undefined) parts.push(`SetConnMaxIdleTime(${v.idleTimeMs}ms)`);
  if (v.reuseAtMs !== undefined) parts.push(`one query at ${v.reuseAtMs} ms`);
  return parts.join(', ');
}

/** cleanerTimelineModel reads every series of trace 11 (3 idle conns, a lifetime and/or idle-time limit, sampled for 2 s). */
export function cleanerTimelineModel(trace: Trace): CleanerTimelineModel {
  const variants: CleanerVariant[] = Object.entries(trace.results)
    .filter(([k]) => k.endsWith('/series'))
    .map(([k, rows]) => {
      const name = k.replace(/\/series$/, '');
      const samples = (rows as Row[]).map((r) => ({
        tMs: r.t_ms,
        open: r.open,
        idle: r.idle,
        serverCount: r.server_count,
        maxLifetimeClosed: r.MaxLifetimeClosed,
        maxIdleTimeClosed: r.MaxIdleTimeClosed,
      }));
      const zero = samples.findIndex((s) => s.open === 0);
      const last = samples[samples.length - 1];
      const closedBy = [
        last.maxLifetimeClosed ? `MaxLifetimeClosed=${last.maxLifetimeClosed}` : '',
        last.maxIdleTimeClosed ? `MaxIdleTimeClosed=${last.maxIdleTimeClosed}` : '',
      ].filter(Boolean).join(', ');
      return {
        key: name.split('-')[0],
        name,
        lifetimeMs: limit(name, 'lifetime'),
        idleTimeMs: limit(name, 'idletime'),
        reuseAtMs: /reuse-at-(\d+)ms/.exec(name) ? Number(/reuse-at-(\d+)ms/.exec(name)![1]) : undefined,
        samples,
        lastFullMs: zero > 0 ? samples[zero - 1].tMs : NaN,
        firstZeroMs: zero >= 0 ? samples[zero].tMs : NaN,
        closedBy,
      };
    });
  const startOpen = Math.max(...variants.flatMap((v) => v.samples.map((s) => s.open)));
  const endMs = Math.max(...variants.flatMap((v) => v.samples.map((s) => s.tMs)));
  const description =
    `${startOpen} idle connections, sampled for ${formatMs(endMs)}. ` +
    variants
      .map((v) => `${v.key}: ${describeLimits(v)}. The last connection closes between ${formatMs(v.lastFullMs)} and ${formatMs(v.firstZeroMs)} (${v.closedBy}).`)
      .join(' ') +
    ' The limits pass long before that: the cleaner only looks at idle connections when its timer fires, and its wait is never shorter than one second.';
  return { variants, startOpen, endMs, description };
}
