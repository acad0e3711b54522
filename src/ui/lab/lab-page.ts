/**
 * lab-page wires the Pool Lab page: the form and its URL (settings in `?c=`, replaced on every run so
 * the address is always a link to what is shown), presets, the worker run with a progress bar and
 * Cancel, and the run's display. A link with settings runs at once.
 */
import { decodeLabConfig, encodeLabConfig, parseLabConfig, type LabConfig } from '../../lab/config.ts';
import { PRESETS, STARTING_RULES } from '../../lab/presets.ts';
import { LabClient } from './lab-client.ts';
import { readForm, syncVisibility, writeForm } from './lab-form.ts';
import { RunView } from './run-view.ts';
import { clock } from './chart-data.ts';

const form = document.querySelector<HTMLFormElement>('#lab-form')!;
const runBtn = document.querySelector<HTMLButtonElement>('#run')!;
const cancelBtn = document.querySelector<HTMLButtonElement>('#cancel')!;
const progress = document.querySelector<HTMLProgressElement>('#progress')!;
const status = document.querySelector<HTMLElement>('#run-status')!;
const errors = document.querySelector<HTMLUListElement>('#config-errors')!;
const presetSelect = form.elements.namedItem('preset') as HTMLSelectElement;
const presetSummary = document.querySelector<HTMLElement>('#preset-summary')!;
const endpointsNote = document.querySelector<HTMLElement>('#endpoints-note')!;

const client = new LabClient();
const view = new RunView(document.querySelector<HTMLElement>('.lab-run')!, () => client, STARTING_RULES.map((r) => ({ ...r })));
let base: LabConfig;

function showErrors(list: string[]): void {
  errors.replaceChildren(...list.map((e) => {
    const li = document.createElement('li');
    li.textContent = e;
    return li;
  }));
}

function load(config: LabConfig): void {
  base = config;
  writeForm(form, config);
  endpointsNote.hidden = !config.endpoints;
  endpointsNote.textContent = config.endpoints ? `This run's service has ${config.endpoints.length} endpoints with their own traffic (${config.endpoints.map((e) => e.route).join(', ')}); the traffic inputs above do not apply to it.` : '';
}

async function run(config: LabConfig): Promise<void> {
  history.replaceState(null, '', `?${encodeLabConfig(config)}`);
  runBtn.disabled = true;
  cancelBtn.disabled = false;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = `Running ${clock(config.durationSec)} of virtual time…`;
  const answer = await client.ask({ type: 'run', config }, (f) => {
    progress.value = f;
    progress.setAttribute('aria-valuetext', `${Math.round(f * 100)}%`);
  });
  runBtn.disabled = false;
  cancelBtn.disabled = true;
  progress.hidden = true;
  if (!answer) { status.textContent = 'Run cancelled.'; return; }
  if (answer.type === 'error') { status.textContent = `The run failed: ${answer.message}`; return; }
  if (answer.type !== 'run') return;
  const chartMs = view.show(answer.run, config);
  status.textContent = `Done: ${clock(answer.run.endedAt / 1e9)} of virtual time in ${(answer.wallMs / 1000).toFixed(1)} s.`;
  document.documentElement.dataset.labChartMs = chartMs.toFixed(1);
}

form.addEventListener('input', (e) => {
  const t = e.target as HTMLElement;
  if (t === presetSelect) return;
  if (t.getAttribute('name') === 'workload.kind' || t.getAttribute('name') === 'bug.kind' || t.getAttribute('name') === 'noDeadline') syncVisibility(form);
  presetSelect.value = '';
  presetSummary.textContent = '';
});
presetSelect.addEventListener('change', () => {
  const p = PRESETS.find((x) => x.id === presetSelect.value);
  if (!p) return;
  load(p.config);
  presetSelect.value = p.id;
  presetSummary.textContent = p.summary;
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const parsed = parseLabConfig(readForm(form, base));
  if (!parsed.ok) { showErrors(parsed.errors); status.textContent = 'Fix the settings marked below first.'; return; }
  showErrors([]);
  void run(parsed.config);
});
cancelBtn.addEventListener('click', () => client.cancel());
document.querySelector('#copy-link')!.addEventListener('click', async () => {
  const parsed = parseLabConfig(readForm(form, base));
  if (!parsed.ok) { showErrors(parsed.errors); return; }
  const url = `${location.origin}${location.pathname}?${encodeLabConfig(parsed.config)}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = 'Link copied.';
  } catch {
    status.textContent = 'The address bar now holds the link to these settings.';
  }
});

const fromUrl = decodeLabConfig(location.search);
if (fromUrl.ok && new URLSearchParams(location.search).has('c')) {
  load(fromUrl.config);
  void run(fromUrl.config);
} else if (fromUrl.ok) {
  load(PRESETS[0].config);
  presetSelect.value = PRESETS[0].id;
  presetSummary.textContent = PRESETS[0].summary;
} else {
  load(PRESETS[0].config);
  showErrors(fromUrl.errors);
}
