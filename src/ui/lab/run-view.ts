/**
 * run-view shows a finished lab run: a summary in words, the charts, the downloads, the service's log,
 * the alert-rule editor (evaluated over the run's series, firing shaded on the charts) and the console.
 */
import type { LabConfig } from '../../lab/config.ts';
import { csv, exposition, openMetricsHistory, toSeries } from '../../lab/metrics.ts';
import type { LabRun } from '../../lab/service.ts';
import { AlertEditor, evaluateRules, shadesOf, type RuleRowValue } from './alert-editor.ts';
import { chartsOf, clock } from './chart-data.ts';
import { renderCharts, type ChartsHandle } from './charts.ts';
import { ConsolePanel } from './console-panel.ts';
import type { LabClient } from './lab-client.ts';

/** DB_LABEL is the db_name label the lab's metrics carry (collectors.NewDBStatsCollector(db, "shop")). */
export const DB_LABEL = 'shop';
/** START_UNIX anchors virtual time 0 in the OpenMetrics download (2000-01-01T00:00:00Z, the sim's epoch). */
const START_UNIX = 946684800;

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** summaryLine says what the run did in one sentence. */
export function summaryLine(run: LabRun): string {
  const last = run.scrapes.at(-1);
  const e = run.totals.errors;
  const failed = e.deadline + e.tooManyConnections + e.invalidConnection + e.other;
  let text = `${run.cancelled ? 'Cancelled at' : 'Ran'} ${clock(run.endedAt / 1e9)} of virtual time: ${run.totals.completed} requests served, ${failed} failed`;
  if (failed > 0) text += ` (${e.deadline} context deadline exceeded, ${e.tooManyConnections} Error 1040, ${e.invalidConnection} invalid connection, ${e.other} other)`;
  if (last) text += `; at the end InUse ${last.InUse} of ${last.MaxOpenConnections || 'unlimited'}, Idle ${last.Idle}, WaitCount ${last.WaitCount}`;
  if (run.totals.latencyP99Ms !== null) text += `; p99 latency ${run.totals.latencyP99Ms.toFixed(0)} ms`;
  return `${text}.`;
}

/** RunView owns one run's display. */
export class RunView {
  private charts: ChartsHandle | null = null;
  private run: LabRun | null = null;
  private readonly editor: AlertEditor | null;
  private readonly console: ConsolePanel | null;

  constructor(private readonly root: HTMLElement, client: () => LabClient, rules: RuleRowValue[]) {
    const alertsRoot = root.querySelector<HTMLElement>('.lab-alerts');
    this.editor = alertsRoot ? new AlertEditor(alertsRoot, rules) : null;
    alertsRoot?.querySelector('[data-action="evaluate"]')?.addEventListener('click', () => this.evaluate());
    const consoleRoot = root.querySelector<HTMLElement>('.lab-console');
    this.console = consoleRoot ? new ConsolePanel(consoleRoot, client) : null;
    root.querySelector('[data-download="exposition"]')?.addEventListener('click', () => {
      const last = this.run?.scrapes.at(-1);
      if (last) download('metrics.txt', exposition(last, DB_LABEL), 'text/plain');
    });
    root.querySelector('[data-download="openmetrics"]')?.addEventListener('click', () => {
      if (this.run) download('metrics.om.txt', openMetricsHistory(this.run.scrapes, DB_LABEL, START_UNIX), 'application/openmetrics-text');
    });
    root.querySelector('[data-download="csv"]')?.addEventListener('click', () => {
      if (this.run) download('dbstats.csv', csv(this.run.scrapes), 'text/csv');
    });
  }

  /** rules gives the editor's rules (for exercises that grade them). */
  rules(): RuleRowValue[] {
    return this.editor?.values() ?? [];
  }

  /** show draws a run; `chartMs` receives how long the charts took to draw. */
  show(run: LabRun, config: LabConfig): number {
    this.run = run;
    this.root.hidden = false;
    const t0 = performance.now();
    this.charts?.destroy();
    this.charts = renderCharts(this.root.querySelector<HTMLElement>('.lab-charts')!, chartsOf(run));
    const ms = performance.now() - t0;
    const summary = this.root.querySelector<HTMLElement>('.lab-summary');
    if (summary) summary.textContent = summaryLine(run);
    const log = this.root.querySelector<HTMLElement>('.lab-log');
    if (log) log.textContent = run.log.length > 0 ? run.log.join('\n') : '(the service wrote nothing to stderr)';
    this.console?.setRun(config);
    if (this.editor && this.editor.values().some((r) => r.expr.trim() !== '')) this.evaluate();
    return ms;
  }

  /** evaluate runs the editor's rules over the run and shades their firing intervals. */
  evaluate(): void {
    if (!this.run || !this.editor) return;
    const endSec = this.run.endedAt / 1e9;
    const outcomes = evaluateRules(this.editor.values(), toSeries(this.run.scrapes, DB_LABEL), this.run.endedAt / 1e6);
    this.editor.show(outcomes, endSec);
    this.charts?.setShades(shadesOf(outcomes, endSec));
  }
}
