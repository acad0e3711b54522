/**
 * charts draws a lab run with uPlot: one figure per chart, each with a text summary and a data table
 * for screen readers and keyboard users, alert firing intervals shaded (and listed in words), colours
 * from the theme (redrawn when it changes) and a dash pattern per series so colour is never the only cue.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { clock, summaryOf, tableOf, type ChartSpec } from './chart-data.ts';

/** Shade is a time span drawn across every chart: an alert firing from `from` to `to` (seconds). */
export interface Shade { label: string; from: number; to: number }

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function shadePlugin(getShades: () => Shade[]): uPlot.Plugin {
  return {
    hooks: {
      draw: [(u: uPlot) => {
        const shades = getShades();
        if (shades.length === 0) return;
        const { ctx } = u;
        const { top, height, left, width } = u.bbox;
        ctx.save();
        ctx.fillStyle = cssVar('--bad');
        ctx.strokeStyle = cssVar('--bad');
        ctx.lineWidth = 1;
        for (const s of shades) {
          const x0 = Math.max(left, u.valToPos(s.from, 'x', true));
          const x1 = Math.min(left + width, u.valToPos(s.to, 'x', true));
          if (x1 <= x0) continue;
          ctx.globalAlpha = 0.12;
          ctx.fillRect(x0, top, x1 - x0, height);
          ctx.globalAlpha = 0.9;
          ctx.setLineDash([4, 4]);
          ctx.strokeRect(x0, top, x1 - x0, height);
        }
        ctx.restore();
      }],
    },
  };
}

/** ChartsHandle updates or removes the drawn charts. */
export interface ChartsHandle { setShades(shades: Shade[]): void; destroy(): void; plots: uPlot[] }

/** renderCharts draws every chart into the container, replacing what was there. */
export function renderCharts(container: HTMLElement, charts: ChartSpec[], initialShades: Shade[] = []): ChartsHandle {
  container.replaceChildren();
  let shades = initialShades;
  let plots: uPlot[] = [];
  const hosts: HTMLElement[] = [];
  const shadeLists: HTMLElement[] = [];
  for (const c of charts) {
    const fig = el('figure', { class: 'lab-chart', 'data-chart': c.id });
    const cap = el('figcaption', {}, c.title);
    const host = el('div', { class: 'lab-plot', role: 'img', 'aria-label': summaryOf(c) });
    const summary = el('p', { class: 'lab-chart-summary' }, summaryOf(c));
    const shadeList = el('p', { class: 'lab-chart-shades' });
    const details = el('details');
    details.append(el('summary', {}, `Data table: ${c.title}`));
    // the table is built when first opened: a long run's table is thousands of rows nobody asked for
    details.addEventListener('toggle', () => {
      if (!details.open || details.querySelector('table')) return;
      const t = tableOf(c);
      const table = el('table');
      const thead = el('thead');
      const hr = el('tr');
      for (const h of t.head) hr.append(el('th', { scope: 'col' }, h));
      thead.append(hr);
      const tbody = el('tbody');
      for (const r of t.rows) {
        const tr = el('tr');
        r.forEach((v, i) => tr.append(i === 0 ? el('th', { scope: 'row' }, v) : el('td', {}, v)));
        tbody.append(tr);
      }
      table.append(thead, tbody);
      const scroller = el('div', { class: 'lab-table-scroll', tabindex: '0', role: 'region', 'aria-label': `Data table: ${c.title}` });
      scroller.append(table);
      details.append(scroller);
    });
    fig.append(cap, host, summary, shadeList, details);
    container.append(fig);
    hosts.push(host);
    shadeLists.push(shadeList);
  }

  const draw = () => {
    for (const p of plots) p.destroy();
    plots = charts.map((c, i) => {
      const host = hosts[i];
      const width = Math.max(260, host.clientWidth || container.clientWidth || 600);
      const ink = cssVar('--ink-soft');
      const grid = cssVar('--line');
      const opts: uPlot.Options = {
        width, height: 200,
        scales: { x: { time: false } },
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        axes: [
          { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, values: (_u, vals) => vals.map((v) => clock(v)) },
          { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, label: c.unit, size: 56 },
        ],
        series: [
          { label: 'time', value: (_u, v) => (v === null ? '–' : clock(v)) },
          ...c.series.map((s) => ({
            label: s.label, stroke: cssVar(s.color), width: 2, dash: s.dash, spanGaps: false,
            paths: c.step ? uPlot.paths.stepped!({ align: 1 }) : undefined,
            points: { show: false },
          })),
        ],
        plugins: [shadePlugin(() => shades)],
      };
      return new uPlot(opts, [c.x, ...c.series.map((s) => s.values)] as uPlot.AlignedData, host);
    });
  };
  const describeShades = () => {
    const text = shades.length === 0 ? '' : `Alerts firing (shaded): ${shades.map((s) => `${s.label} ${clock(s.from)}–${clock(s.to)}`).join('; ')}.`;
    for (const p of shadeLists) p.textContent = text;
  };
  draw();
  describeShades();

  let width = container.clientWidth;
  const ro = new ResizeObserver(() => {
    if (Math.abs(container.clientWidth - width) < 8) return;
    width = container.clientWidth;
    plots.forEach((p, i) => p.setSize({ width: Math.max(260, hosts[i].clientWidth), height: 200 }));
  });
  ro.observe(container);
  const mo = new MutationObserver(draw);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const mq = matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', draw);

  const handle: ChartsHandle = {
    get plots() { return plots; },
    setShades(next: Shade[]) {
      shades = next;
      for (const p of plots) p.redraw(false, false);
      describeShades();
    },
    destroy() {
      ro.disconnect();
      mo.disconnect();
      mq.removeEventListener('change', draw);
      for (const p of plots) p.destroy();
      container.replaceChildren();
    },
  };
  return handle;
}
