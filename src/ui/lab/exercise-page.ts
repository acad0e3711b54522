/**
 * exercise-page wires a Pool Lab exercise: the run to study (the learner's settings, the seed's service,
 * or a practice run), the answer, Check in the worker (Ctrl/Cmd+Enter), the report, and Cancel.
 */
import { encodeLabConfig, type LabConfig } from '../../lab/config.ts';
import { alertScenarios, PRACTICE_SEEDS } from '../../lab/grade/alerts.ts';
import { findingConfig } from '../../lab/grade/finding.ts';
import { settingsConfig, SETTINGS_SEEDS } from '../../lab/grade/settings.ts';
import { clock } from './chart-data.ts';
import { LabClient, type LabAsk } from './lab-client.ts';
import { renderReport } from './report-view.ts';
import { RunView } from './run-view.ts';

const root = document.querySelector<HTMLElement>('.lab-exercise')!;
const kind = root.dataset.kind as 'settings' | 'finding' | 'alerts';
const form = document.querySelector<HTMLFormElement>('#answer')!;
const status = document.querySelector<HTMLElement>('#run-status')!;
const progress = document.querySelector<HTMLProgressElement>('#progress')!;
const cancelBtn = document.querySelector<HTMLButtonElement>('#cancel')!;
const checkBtn = document.querySelector<HTMLButtonElement>('#check')!;
const reportBox = document.querySelector<HTMLElement>('#report')!;
const client = new LabClient();
const view = new RunView(document.querySelector<HTMLElement>('.lab-run')!, () => client, kind === 'alerts'
  ? [{ alert: 'LeakHeld', expr: '', for: '' }, { alert: 'LeakWaits', expr: '', for: '' }]
  : []);

function randomSeed(): number {
  return 1 + Math.floor(Math.random() * 2_000_000_000);
}

async function work(req: LabAsk, label: string) {
  checkBtn.disabled = true;
  cancelBtn.disabled = false;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = label;
  const a = await client.ask(req, (f) => { progress.value = f; });
  checkBtn.disabled = false;
  cancelBtn.disabled = true;
  progress.hidden = true;
  if (!a) { status.textContent = 'Cancelled.'; return null; }
  if (a.type === 'error') { status.textContent = `It failed: ${a.message}`; return null; }
  return a;
}

async function showRun(config: LabConfig, label: string): Promise<void> {
  const a = await work({ type: 'run', config }, label);
  if (!a || a.type !== 'run') return;
  view.show(a.run, config);
  status.textContent = `Run shown: ${clock(a.run.endedAt / 1e9)} of virtual time.`;
}

function settingsAnswer() {
  const n = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value);
  return { maxOpen: n('maxOpen'), maxIdle: n('maxIdle'), maxLifetimeSec: n('maxLifetimeSec'), maxIdleTimeSec: n('maxIdleTimeSec') };
}

const params = new URLSearchParams(location.search);
let findingSeed = Number(params.get('seed')) || 0;

async function check(): Promise<void> {
  let req: LabAsk;
  if (kind === 'settings') req = { type: 'grade', exercise: 'settings', answer: settingsAnswer() };
  else if (kind === 'finding') {
    const fd = new FormData(form);
    req = { type: 'grade', exercise: 'finding', seed: findingSeed, answer: { endpoint: fd.get('endpoint'), kind: fd.get('kind') } };
  } else {
    req = { type: 'grade', exercise: 'alerts', seed: randomSeed(), answer: { rules: view.rules().slice(0, 2).map((r) => ({ alert: r.alert.trim(), expr: r.expr, ...(r.for.trim() ? { for: r.for.trim() } : {}) })) } };
  }
  const a = await work(req, kind === 'finding' ? 'Checking…' : 'Checking: running the scenarios…');
  if (!a || a.type !== 'grade') return;
  renderReport(reportBox, a.report);
  status.textContent = `${a.report.verdict}.`;
}

form.addEventListener('submit', (e) => { e.preventDefault(); void check(); });
root.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void check(); }
});
cancelBtn.addEventListener('click', () => client.cancel());

if (kind === 'settings') {
  document.querySelector('#try')!.addEventListener('click', () => void showRun(settingsConfig(settingsAnswer(), SETTINGS_SEEDS[0]), 'Running your settings on the workload…'));
  const link = document.createElement('a');
  link.textContent = 'Open these settings in the Pool Lab';
  link.href = '#';
  link.addEventListener('click', (e) => { e.preventDefault(); location.href = `/lab/?${encodeLabConfig(settingsConfig(settingsAnswer(), SETTINGS_SEEDS[0]))}`; });
  form.querySelector('.lab-actions')!.append(link);
}
if (kind === 'finding') {
  const start = () => {
    if (!findingSeed) findingSeed = randomSeed();
    history.replaceState(null, '', `?seed=${findingSeed}`);
    void showRun(findingConfig(findingSeed), `Running the service (seed ${findingSeed})…`);
  };
  document.querySelector('#new-service')!.addEventListener('click', () => {
    findingSeed = randomSeed();
    reportBox.replaceChildren();
    for (const r of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) r.checked = false;
    start();
  });
  start();
}
if (kind === 'alerts') {
  const practice = (healthy: boolean) => {
    const sc = alertScenarios(PRACTICE_SEEDS[healthy ? 0 : 1]).find((s) => (s.leakStartSec === null) === healthy)!;
    void showRun(sc.config, `Running the practice run: ${sc.title}…`);
  };
  document.querySelector('#practice-leak')!.addEventListener('click', () => practice(false));
  document.querySelector('#practice-healthy')!.addEventListener('click', () => practice(true));
  document.querySelector('#try')!.addEventListener('click', () => view.evaluate());
  practice(false);
}
