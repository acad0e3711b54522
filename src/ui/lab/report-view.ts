/**
 * report-view renders a lab exercise's report top-down: the verdict in one line, then the answer's
 * problems or a grid of scenarios × checks (words, not colour alone), then the evidence of every failing
 * check, with a link that opens the failing run in the lab.
 */
import { encodeLabConfig, parseLabConfig } from '../../lab/config.ts';
import { LAB_CHECKS, type LabGradeReport } from '../../lab/grade/report.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** renderReport replaces the container's content with the report. */
export function renderReport(container: HTMLElement, r: LabGradeReport): void {
  container.replaceChildren();
  const verdict = el('p', r.verdict, `verdict ${r.passed ? 'pass' : 'fail'}`);
  verdict.setAttribute('data-verdict', r.passed ? 'pass' : 'fail');
  container.append(verdict);
  if (r.problems.length > 0) {
    const ul = el('ul', undefined, 'problems');
    for (const p of r.problems) ul.append(el('li', `${p.field}: ${p.message}`));
    container.append(ul);
    return;
  }
  const checks = [...new Set(r.scenarios.flatMap((s) => s.checks.map((c) => c.check)))];
  const scroll = el('div', undefined, 'lab-table-scroll');
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', 'Scenarios and checks');
  const table = el('table', undefined, 'report-grid');
  table.append(el('caption', 'Scenarios and checks'));
  const head = el('tr');
  const corner = el('th', 'scenario');
  corner.scope = 'col';
  head.append(corner);
  for (const c of checks) {
    const th = el('th', LAB_CHECKS[c]);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const s of r.scenarios) {
    const tr = el('tr');
    const th = el('th', s.title);
    th.scope = 'row';
    tr.append(th);
    for (const c of checks) {
      const res = s.checks.find((x) => x.check === c);
      tr.append(el('td', res ? (res.passed ? '✓ passed' : '✗ failed') : '–', res ? (res.passed ? 'pass' : 'fail') : ''));
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  scroll.append(table);
  container.append(scroll);
  for (const s of r.scenarios.filter((x) => !x.passed)) {
    const sec = el('section', undefined, 'evidence');
    sec.append(el('h4', `${s.title}`));
    const ul = el('ul');
    for (const c of s.checks.filter((x) => !x.passed)) for (const e of c.evidence) ul.append(el('li', `${LAB_CHECKS[c.check]}: ${e.message}`));
    sec.append(ul);
    const cfg = parseLabConfig(s.config);
    if (cfg.ok) {
      const a = el('a', 'Open this run in the lab');
      a.href = `/lab/?${encodeLabConfig(cfg.config)}`;
      sec.append(a);
    }
    container.append(sec);
  }
}
