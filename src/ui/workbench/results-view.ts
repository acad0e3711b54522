/**
 * results-view: renders a GradeReport into the Results region: the headline, the scenario-by-check grid
 * (pass/fail), each failure's evidence with its source line as a button, and a pool view per scenario.
 */
import type { GradeReport, ScenarioResult } from '../../grader/report.ts';
import type { SimEvent } from '../../sim/events.ts';
import { mountPoolView, type PoolView } from '../pool-view/pool-view.ts';
import { checkColumns, headline } from './report-summary.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** ResultsOptions: jump to a source line; `timeline` gives scenario i's events when the report came without them (timeline-pack.ts). */
export interface ResultsOptions { onSite: (line: number, col: number) => void; timeline?: (i: number) => readonly SimEvent[] }

/** renderResults fills host with the report; returns a function that stops any pool playback. */
export function renderResults(host: HTMLElement, r: GradeReport, opts: ResultsOptions): () => void {
  host.replaceChildren();
  const head = el('p', { class: `results-headline ${r.passed ? 'pass' : 'fail'}` }, headline(r));
  host.append(head);
  if (!r.compile.ok) {
    const pre = el('pre', { class: 'output' });
    pre.textContent = '# command-line-arguments\n' + r.compile.diagnostics.filter((d) => d.severity === 'error').map((d) => `./${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n');
    host.append(pre);
    return () => {};
  }
  if (!r.signature.ok) return () => {};
  const cols = checkColumns(r);
  const table = el('table', { class: 'results-grid' });
  table.append(el('caption', {}, 'Scenarios by check'));
  const hr = el('tr');
  hr.append(el('th', { scope: 'col' }, 'Scenario'), ...cols.map((c) => el('th', { scope: 'col' }, c)));
  table.append(el('thead'));
  table.tHead!.append(hr);
  const tb = el('tbody');
  for (const s of r.scenarios) {
    const tr = el('tr', { 'data-scenario': s.name });
    const th = el('th', { scope: 'row' });
    th.append(el('span', {}, s.title), el('code', { class: 'scenario-name' }, ` ${s.name}`));
    tr.append(th);
    for (const c of cols) {
      const res = s.checks.find((x) => x.check === c);
      tr.append(el('td', { class: res ? (res.passed ? 'pass' : 'fail') : 'na' }, res ? (res.passed ? '✓ pass' : '✗ fail') : '—'));
    }
    tb.append(tr);
  }
  table.append(tb);
  host.append(table);
  const views: PoolView[] = [];
  r.scenarios.forEach((s, i) => host.append(scenarioDetails(s, () => opts.timeline?.(i) ?? s.timeline, opts, views)));
  return () => views.forEach((v) => v.destroy());
}

function scenarioDetails(s: ScenarioResult, timeline: () => readonly SimEvent[], opts: ResultsOptions, views: PoolView[]): HTMLElement {
  const d = el('details', { class: 'scenario', 'data-scenario': s.name });
  if (!s.passed) d.open = false;
  d.append(el('summary', {}, `${s.passed ? '✓' : '✗'} ${s.title} (${s.name}, seed ${s.seed})`));
  if (s.reason) d.append(el('p', { class: 'reason' }, s.reason));
  const failing = s.checks.filter((c) => !c.passed);
  if (failing.length) {
    const ul = el('ul', { class: 'evidence' });
    for (const c of failing) {
      for (const ev of c.evidence) {
        const li = el('li');
        li.append(el('strong', {}, `${c.check}: `), ev.message);
        const site = ev.kind === 'leak' || ev.kind === 'call' ? ev.site : undefined;
        if (site && site.file === 'main.go') {
          const b = el('button', { type: 'button', class: 'link-button' }, ` main.go:${site.line}:${site.col}`);
          b.addEventListener('click', () => opts.onSite(site.line, site.col));
          li.append(b);
        }
        ul.append(li);
      }
    }
    d.append(ul);
  }
  if (s.stdout || s.stderr) {
    const pre = el('pre', { class: 'output' });
    pre.textContent = s.stdout + s.stderr;
    d.append(pre);
  }
  const host = el('div');
  d.append(host);
  let mounted = false;
  d.addEventListener('toggle', () => {
    if (d.open && !mounted) {
      mounted = true;
      views.push(mountPoolView(host, timeline(), { label: `Pool view: ${s.name}`, onSite: opts.onSite }));
    }
  });
  return d;
}
