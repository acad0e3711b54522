/**
 * console-panel is the lab's SQL console: pick a moment of the run, type statements, and the worker
 * re-runs the same seed to that instant and runs them on the simulated server as `root`. Answers are
 * shown as tables with the statement as caption, like the mysql client's, and errors in its words.
 */
import type { LabConfig } from '../../lab/config.ts';
import type { ConsoleResult } from '../../lab/console.ts';
import type { LabClient } from './lab-client.ts';
import { clock } from './chart-data.ts';

/** splitStatements splits console input on `;` at line ends or the end (no `;` inside the statements it supports). */
export function splitStatements(text: string): string[] {
  return text.split(/;\s*(?:\n|$)|\n(?=\s*(?:SHOW|SELECT)\b)/i).map((s) => s.trim()).filter((s) => s.length > 0);
}

function renderResult(r: ConsoleResult): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'console-result';
  const head = document.createElement('p');
  head.className = 'console-prompt';
  head.textContent = `mysql> ${r.sql};`;
  wrap.append(head);
  if (r.error) {
    const p = document.createElement('p');
    p.className = 'console-error';
    p.textContent = r.error;
    wrap.append(p);
    return wrap;
  }
  if (r.affected !== null) {
    const p = document.createElement('p');
    p.textContent = `Query OK, ${r.affected} row${r.affected === 1 ? '' : 's'} affected`;
    wrap.append(p);
    return wrap;
  }
  const scroll = document.createElement('div');
  scroll.className = 'lab-table-scroll';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', `Result of ${r.sql}`);
  const table = document.createElement('table');
  table.className = 'console-table';
  const cap = document.createElement('caption');
  cap.textContent = `${r.rows.length} row${r.rows.length === 1 ? '' : 's'} in set, at ${clock(r.atNs / 1e9)} of the run`;
  const tr = document.createElement('tr');
  for (const c of r.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    tr.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(tr);
  const tbody = document.createElement('tbody');
  for (const row of r.rows) {
    const rtr = document.createElement('tr');
    for (const v of row) {
      const td = document.createElement('td');
      td.textContent = v === null ? 'NULL' : String(v);
      rtr.append(td);
    }
    tbody.append(rtr);
  }
  table.append(cap, thead, tbody);
  scroll.append(table);
  wrap.append(scroll);
  return wrap;
}

/** ConsolePanel wires the console's inputs to the worker. */
export class ConsolePanel {
  private config: LabConfig | null = null;
  private readonly at: HTMLInputElement;
  private readonly atText: HTMLOutputElement;
  private readonly sql: HTMLTextAreaElement;
  private readonly out: HTMLElement;
  private readonly status: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly client: () => LabClient) {
    this.at = root.querySelector('[name=console-at]')!;
    this.atText = root.querySelector('output[name=console-at-text]')!;
    this.sql = root.querySelector('[name=console-sql]')!;
    this.out = root.querySelector('.console-out')!;
    this.status = root.querySelector('.console-status')!;
    this.at.addEventListener('input', () => this.syncAt());
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-sql]')) {
      b.addEventListener('click', () => { this.sql.value = b.dataset.sql!; this.run(); });
    }
    root.querySelector('form')!.addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
    this.sql.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); this.run(); }
    });
  }

  private syncAt(): void {
    this.atText.value = clock(Number(this.at.value));
  }

  /** setRun points the console at a run's configuration (the moment defaults to the end). */
  setRun(config: LabConfig): void {
    this.config = config;
    this.at.max = String(config.durationSec);
    this.at.value = String(config.durationSec);
    this.syncAt();
    this.root.hidden = false;
  }

  /** run sends the statements to the worker for the chosen moment. */
  async run(): Promise<void> {
    if (!this.config) return;
    const statements = splitStatements(this.sql.value);
    if (statements.length === 0) { this.status.textContent = 'Type a statement first.'; return; }
    const atSec = Number(this.at.value);
    this.status.textContent = `Replaying the run to ${clock(atSec)}…`;
    const a = await this.client().ask({ type: 'console', config: this.config, atSec, statements });
    if (!a) { this.status.textContent = 'Cancelled.'; return; }
    if (a.type === 'error') { this.status.textContent = `The console failed: ${a.message}`; return; }
    if (a.type !== 'console') return;
    this.out.replaceChildren(...a.run.console.map(renderResult));
    this.status.textContent = `${a.run.console.length} statement${a.run.console.length === 1 ? '' : 's'} run at ${clock(a.run.endedAt / 1e9)}.`;
  }
}
