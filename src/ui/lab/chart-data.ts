/**
 * chart-data turns a lab run into the columns the charts draw (time in seconds, one array per series) and
 * the text a screen reader gets instead: a one-line summary per chart and a table of the values.
 */
import type { LabRun } from '../../lab/service.ts';

/** SeriesSpec is one line of a chart: its label, a CSS colour variable, and a dash pattern so colour is never the only cue. */
export interface SeriesSpec { label: string; color: string; dash?: number[]; values: (number | null)[] }

/** ChartSpec is one chart: title, unit, x values (seconds) and its series. */
export interface ChartSpec { id: string; title: string; unit: string; x: number[]; series: SeriesSpec[]; step?: boolean }

function rate(values: number[], t: number[]): (number | null)[] {
  return values.map((v, i) => (i === 0 ? null : t[i] > t[i - 1] ? Math.max(0, (v - values[i - 1]) / (t[i] - t[i - 1])) : null));
}

/** chartsOf builds every chart of a run. */
export function chartsOf(run: LabRun): ChartSpec[] {
  const t = run.scrapes.map((s) => s.t / 1e9);
  const col = <K extends keyof LabRun['scrapes'][number]>(k: K) => run.scrapes.map((s) => s[k] as number);
  const wt = run.windows.map((w) => w.t / 1e9);
  const charts: ChartSpec[] = [
    {
      id: 'connections', title: 'Pool connections (DBStats)', unit: 'connections', x: t, step: true,
      series: [
        { label: 'MaxOpenConnections', color: '--ink-soft', dash: [2, 4], values: col('MaxOpenConnections') },
        { label: 'OpenConnections', color: '--link', values: col('OpenConnections') },
        { label: 'InUse', color: '--bad', dash: [8, 3], values: col('InUse') },
        { label: 'Idle', color: '--good', dash: [3, 3], values: col('Idle') },
      ],
    },
    {
      id: 'waits', title: 'Waiting for a connection (rates per second)', unit: 'per second', x: t,
      series: [
        { label: 'WaitCount rate (waits/s)', color: '--wait', values: rate(col('WaitCount'), t) },
        { label: 'WaitDuration rate (s/s)', color: '--bad', dash: [8, 3], values: rate(col('WaitDuration').map((d) => d / 1e9), t) },
      ],
    },
    {
      id: 'closed', title: 'Connections closed by the pool (counters)', unit: 'connections', x: t, step: true,
      series: [
        { label: 'MaxIdleClosed', color: '--wait', values: col('MaxIdleClosed') },
        { label: 'MaxIdleTimeClosed', color: '--link', dash: [8, 3], values: col('MaxIdleTimeClosed') },
        { label: 'MaxLifetimeClosed', color: '--accent', dash: [3, 3], values: col('MaxLifetimeClosed') },
      ],
    },
    {
      id: 'latency', title: 'Request latency per 15 s window', unit: 'ms', x: wt,
      series: [
        { label: 'p50', color: '--good', values: run.windows.map((w) => w.p50Ms) },
        { label: 'p99', color: '--bad', dash: [8, 3], values: run.windows.map((w) => w.p99Ms) },
      ],
    },
    {
      id: 'errors', title: 'Failed requests per 15 s window, by error', unit: 'requests', x: wt, step: true,
      series: [
        { label: 'context deadline exceeded', color: '--bad', values: run.windows.map((w) => w.errors.deadline) },
        { label: 'Error 1040 (too many connections)', color: '--wait', dash: [8, 3], values: run.windows.map((w) => w.errors.tooManyConnections) },
        { label: 'invalid connection', color: '--link', dash: [3, 3], values: run.windows.map((w) => w.errors.invalidConnection) },
        { label: 'other', color: '--ink-soft', dash: [1, 3], values: run.windows.map((w) => w.errors.other) },
      ],
    },
    {
      id: 'server', title: 'Server: Threads_connected and max_connections', unit: 'sessions', x: run.server.map((s) => s.t / 1e9), step: true,
      series: [
        { label: 'max_connections', color: '--ink-soft', dash: [2, 4], values: run.server.map((s) => s.maxConnections) },
        { label: 'Threads_connected', color: '--link', values: run.server.map((s) => s.threadsConnected) },
        { label: 'Sleep sessions', color: '--wait', dash: [8, 3], values: run.server.map((s) => s.sleeping) },
      ],
    },
  ];
  const dashes = [undefined, [8, 3], [3, 3]];
  const colors = ['--link', '--wait', '--accent'];
  const perSec = (i: number, key: 'requests' | 'failed') => run.windows.map((w, j) => {
    const dt = j === 0 ? 0 : wt[j] - wt[j - 1];
    return dt > 0 ? w.endpoints[i][key] / dt : null;
  });
  charts.push({
    id: 'endpoints', title: 'Requests per second, by endpoint', unit: 'requests/s', x: wt,
    series: run.routes.map((route, i) => ({ label: route, color: colors[i % 3], dash: dashes[i % 3], values: perSec(i, 'requests') })),
  });
  charts.push({
    id: 'endpoint-failures', title: 'Failed requests per second (an error or a non-2xx answer), by endpoint', unit: 'requests/s', x: wt,
    series: run.routes.map((route, i) => ({ label: `${route} failed`, color: colors[i % 3], dash: dashes[i % 3], values: perSec(i, 'failed') })),
  });
  return charts;
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 2 : 1);
}

/** clock writes seconds as m:ss. */
export function clock(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** summaryOf says in one sentence what each series did: first, last, lowest and highest value. */
export function summaryOf(c: ChartSpec): string {
  const parts = c.series.map((s) => {
    const vs = s.values.filter((v): v is number => v !== null && Number.isFinite(v));
    if (vs.length === 0) return `${s.label}: no data`;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of vs) { if (v < lo) lo = v; if (v > hi) hi = v; }
    return `${s.label} from ${fmt(vs[0])} to ${fmt(vs[vs.length - 1])} (lowest ${fmt(lo)}, highest ${fmt(hi)})`;
  });
  return `${c.title}, ${clock(c.x[0] ?? 0)} to ${clock(c.x[c.x.length - 1] ?? 0)}: ${parts.join('; ')}.`;
}

/** tableOf is the chart's data as rows of text: time, then each series. */
export function tableOf(c: ChartSpec): { head: string[]; rows: string[][] } {
  return { head: ['time', ...c.series.map((s) => s.label)], rows: c.x.map((x, i) => [clock(x), ...c.series.map((s) => fmt(s.values[i]))]) };
}
