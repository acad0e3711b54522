/**
 * workbench-page: the exercise page's behaviour. Monaco holds the learner's main.go (saved per exercise);
 * Run and Check go to the runner worker; compile errors, panics and leaks become editor markers; the
 * Results region shows the grid, the evidence and a pool view per scenario; Hint, Reset, Solution (a
 * read-only diff) and progress export/import complete it.
 */
import { monaco, followTheme, siteTheme } from './monaco-setup.ts';
import { RunnerClient, type RunnerAnswer } from './runner-client.ts';
import { gradingUrl } from './grading-data.ts';
import { Timelines } from './timeline-pack.ts';
import { renderResults } from './results-view.ts';
import { headline, leakMarkers } from './report-summary.ts';
import { panicSite, formatDiagnostics } from './output-text.ts';
import { mountPoolView } from '../pool-view/pool-view.ts';
import { loadProgress, saveProgress, exportProgress, importProgress } from '../progress/progress-store.ts';
import { starterChanged, starterHash, updateExercise, type Progress } from '../progress/progress-data.ts';
import type { GradeReport } from '../../grader/report.ts';
import type { RunOutput } from '../../worker/runner-protocol.ts';

/** WATCHDOG_MS is how long the runner may stay silent before it is replaced. */
const WATCHDOG_MS = 8000;

interface PageData { slug: string; starter: string; solution: string; hints: number }
const data = JSON.parse(document.getElementById('exercise-data')!.textContent!) as PageData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const output = $('output');
const resultsBody = $('results-body');
const notice = $('progress-notice');
const runPool = $('run-pool');

const loaded = loadProgress();
let progress: Progress = loaded.progress;
const notices: string[] = [];
if (loaded.problem) notices.push(`Your saved progress could not be read (${loaded.problem}), so it was reset.`);
const saved = progress.exercises[data.slug];
if (starterChanged(saved, data.starter)) {
  notices.push('This exercise has changed since you started it. Your code is kept; compare it with the new starter to see what changed.');
  $('compare-starter').hidden = false;
}
function showNotice(text: string): void {
  notice.textContent = text;
  notice.hidden = text === '';
}
showNotice(notices.join(' '));

function save(patch: Parameters<typeof updateExercise>[3]): void {
  progress = updateExercise(progress, data.slug, data.starter, patch);
  saveProgress(progress);
}

followTheme();
const host = $('editor');
host.replaceChildren();
const model = monaco.editor.createModel(saved?.code ?? data.starter, 'go', monaco.Uri.parse('file:///main.go'));
const editor = monaco.editor.create(host, {
  model,
  theme: siteTheme(),
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 14,
  tabSize: 4,
  insertSpaces: false,
  scrollBeyondLastLine: false,
  ariaLabel: 'main.go, your Go code',
});
if (saved) {
  editor.setPosition({ lineNumber: saved.cursor.line, column: saved.cursor.col });
  editor.revealLineInCenter(saved.cursor.line);
}
status.textContent = saved?.passed ? 'Editor ready. You have passed this exercise.' : 'Editor ready.';
host.dataset.ready = 'true';
// The time from navigation to an editable, painted editor, on the page's own clock (bench:web reads it).
requestAnimationFrame(() => performance.mark('leakproof:editor-ready'));

let saveTimer: ReturnType<typeof setTimeout> | null = null;
model.onDidChangeContent(() => {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => save({ code: model.getValue() }), 300);
});
editor.onDidChangeCursorPosition((e) => {
  if (!saveTimer) save({ cursor: { line: e.position.lineNumber, col: e.position.column } });
});
window.addEventListener('pagehide', () => save({ code: model.getValue(), cursor: { line: editor.getPosition()?.lineNumber ?? 1, col: editor.getPosition()?.column ?? 1 } }));

/** goTo puts the cursor on a source line and focuses the editor. */
function goTo(line: number, col: number): void {
  editor.setPosition({ lineNumber: line, column: col });
  editor.revealLineInCenter(line);
  editor.focus();
}

const runner = new RunnerClient({
  create: () => new Worker(new URL('../../worker/runner-worker.ts', import.meta.url), { type: 'module', name: 'runner' }),
  watchdogMs: WATCHDOG_MS,
});

// Once the editor is editable and idle, the runner starts and gets ready for the first Check (sql.js, the
// exercise's data and datasets, the compiled starter); a Run or Check sent meanwhile stops the warm-up.
const grading = new URL(gradingUrl(data.slug), location.href).href;
const whenIdle = (fn: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
};
let warmState: 'waiting' | 'warming' | 'ready' | 'stopped' = 'waiting';
whenIdle(() => {
  warmState = 'warming';
  void runner.warm({ type: 'warm', slug: data.slug, source: data.starter, grading }).then((ready) => (warmState = ready ? 'ready' : 'stopped'));
});

let stopPool: () => void = () => {};
let timelines: Timelines | null = null;
const debug = { lastReport: null as GradeReport | null, lastRun: null as RunOutput | null, editor, timeline: (name: string) => timelines?.byName(name) ?? [], warmState: () => warmState, restarts: () => runner.restarts, markers: () => monaco.editor.getModelMarkers({ resource: model.uri }) };
(window as unknown as { leakproofWorkbench: typeof debug }).leakproofWorkbench = debug;

function setMarkers(markers: monaco.editor.IMarkerData[]): void {
  monaco.editor.setModelMarkers(model, 'leakproof', markers);
}

function failed(a: RunnerAnswer & { type: 'error' }): void {
  output.textContent = a.message;
  status.textContent = a.watchdog ? 'The runner was restarted.' : 'The runner reported an error.';
}

const runButton = $<HTMLButtonElement>('run');
const checkButton = $<HTMLButtonElement>('check');

async function run(): Promise<void> {
  stopPool();
  runPool.replaceChildren();
  status.textContent = 'Running main…';
  output.textContent = '';
  const a = await runner.ask({ type: 'run', source: model.getValue(), seed: 1 });
  if (!a) return;
  if (a.type === 'error') return failed(a);
  if (a.type !== 'run') return;
  const o = a.output;
  debug.lastRun = o;
  const errors = o.diagnostics.filter((d) => d.severity === 'error');
  if (o.outcome === 'compile') {
    output.textContent = formatDiagnostics(errors);
    setMarkers(errors.map((d) => ({ severity: monaco.MarkerSeverity.Error, message: d.message, startLineNumber: d.line, startColumn: d.col, endLineNumber: d.line, endColumn: d.col + 1 })));
    status.textContent = `The program does not compile: ${errors.length} error${errors.length === 1 ? '' : 's'}.`;
    return;
  }
  const markers: monaco.editor.IMarkerData[] = o.diagnostics.map((d) => ({ severity: monaco.MarkerSeverity.Warning, message: d.message, startLineNumber: d.line, startColumn: d.col, endLineNumber: d.line, endColumn: d.col + 1 }));
  const p = panicSite(o.stderr);
  if (p) markers.push({ severity: monaco.MarkerSeverity.Error, message: p.message, startLineNumber: p.line, startColumn: 1, endLineNumber: p.line, endColumn: model.getLineMaxColumn(p.line) });
  setMarkers(markers);
  output.textContent = (o.stdout + o.stderr) || '(no output)';
  status.textContent = `Run finished in ${Math.round(a.wallMs)} ms${o.exitCode === 0 ? '' : ` with exit status ${o.exitCode}`}.`;
  if (o.db >= 0) {
    const h = document.createElement('h3');
    h.textContent = 'The pool during this run';
    const div = document.createElement('div');
    runPool.append(h, div);
    stopPool = mountPoolView(div, o.events, { label: 'Pool view: Run', onSite: goTo }).destroy;
  }
}

async function check(): Promise<void> {
  stopPool();
  status.textContent = 'Checking…';
  resultsBody.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Checking…' }));
  const a = await runner.ask({ type: 'check', slug: data.slug, source: model.getValue(), grading }, (done, total) => {
    status.textContent = `Checking: ${done} of ${total} scenarios run…`;
  });
  if (!a) return;
  if (a.type === 'error') {
    failed(a);
    resultsBody.replaceChildren(Object.assign(document.createElement('p'), { textContent: a.message }));
    return;
  }
  if (a.type !== 'check') return;
  const r = a.report;
  debug.lastReport = r;
  timelines = new Timelines(r, a.timelines);
  const tl = timelines;
  if (!r.compile.ok) {
    const errors = r.compile.diagnostics.filter((d) => d.severity === 'error');
    setMarkers(errors.map((d) => ({ severity: monaco.MarkerSeverity.Error, message: d.message, startLineNumber: d.line, startColumn: d.col, endLineNumber: d.line, endColumn: d.col + 1 })));
    output.textContent = formatDiagnostics(errors);
  } else {
    setMarkers(leakMarkers(r).map((m) => ({ severity: monaco.MarkerSeverity.Warning, message: m.message, startLineNumber: m.line, startColumn: 1, endLineNumber: m.line, endColumn: model.getLineMaxColumn(m.line) })));
  }
  stopPool = renderResults(resultsBody, r, { onSite: goTo, timeline: (i) => tl.of(i) });
  const prev = progress.exercises[data.slug];
  save({ code: model.getValue(), passed: (prev?.passed ?? false) || r.passed, checked: true });
  status.textContent = `${headline(r)} (checked in ${Math.round(a.wallMs)} ms).`;
  $('solution').dataset.offered = 'true';
}

runButton.addEventListener('click', () => void run());
checkButton.addEventListener('click', () => void check());
editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => void check());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !editor.hasTextFocus()) {
    e.preventDefault();
    void check();
  }
});

$('reset').addEventListener('click', () => {
  if (!confirm('Reset main.go to the starter code? Your changes to this exercise will be lost.')) return;
  model.setValue(data.starter);
  setMarkers([]);
  save({ code: data.starter, starterHash: starterHash(data.starter), cursor: { line: 1, col: 1 } });
  $('compare-starter').hidden = true;
  showNotice('');
  status.textContent = 'The code was reset to the starter.';
});

const hintItems = [...document.querySelectorAll<HTMLElement>('.hint-step')];
function showHints(n: number): void {
  hintItems.forEach((h, i) => (h.hidden = i >= n));
  $('hints-empty').hidden = n > 0;
  const b = $<HTMLButtonElement>('hint');
  b.disabled = n >= hintItems.length;
}
showHints(saved?.hintsSeen ?? 0);
$('hint').addEventListener('click', () => {
  const n = Math.min(hintItems.length, (progress.exercises[data.slug]?.hintsSeen ?? 0) + 1);
  save({ hintsSeen: n });
  showHints(n);
  const h = hintItems[n - 1];
  h?.scrollIntoView({ block: 'nearest' });
  status.textContent = `Hint ${n} of ${hintItems.length} shown.`;
});

let diffEditor: monaco.editor.IStandaloneDiffEditor | null = null;
function showDiff(right: string, title: string): void {
  const panel = $('diff-panel');
  panel.hidden = false;
  $('diff-heading').textContent = title;
  diffEditor?.dispose();
  diffEditor = monaco.editor.createDiffEditor($('diff'), { readOnly: true, originalEditable: false, automaticLayout: true, renderSideBySide: true, minimap: { enabled: false }, theme: siteTheme() });
  // Copies of the text: the learner's model is never attached to the diff, so it cannot change.
  diffEditor.setModel({ original: monaco.editor.createModel(model.getValue(), 'go'), modified: monaco.editor.createModel(right, 'go') });
  panel.scrollIntoView({ block: 'nearest' });
}
$('solution').addEventListener('click', () => {
  const offered = $('solution').dataset.offered === 'true' || (progress.exercises[data.slug]?.checked ?? false);
  if (!offered && !confirm('Show the reference solution before your first Check? Trying first teaches more.')) return;
  showDiff(data.solution, 'Your code (left) and the reference solution (right)');
  status.textContent = 'The reference solution is shown beside your code; your code is unchanged.';
});
$('compare-starter').addEventListener('click', () => showDiff(data.starter, 'Your code (left) and the exercise\'s new starter (right)'));
$('close-diff').addEventListener('click', () => {
  const m = diffEditor?.getModel();
  diffEditor?.dispose();
  m?.original.dispose();
  m?.modified.dispose();
  diffEditor = null;
  $('diff-panel').hidden = true;
  $('solution').focus();
});

$('export-progress').addEventListener('click', () => {
  save({ code: model.getValue() });
  exportProgress(progress);
});
$<HTMLInputElement>('import-progress').addEventListener('change', async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const r = importProgress(await file.text());
  if (!r.ok) return showNotice(`That file could not be imported: ${r.problem}. Your progress is unchanged.`);
  progress = r.progress;
  const mine = progress.exercises[data.slug];
  model.setValue(mine?.code ?? data.starter);
  showHints(mine?.hintsSeen ?? 0);
  showNotice(`Progress imported: ${Object.keys(progress.exercises).length} exercise${Object.keys(progress.exercises).length === 1 ? '' : 's'}.`);
});
