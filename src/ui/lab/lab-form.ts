/**
 * lab-form maps the lab page's inputs to a LabConfig and back. Inputs name their place in the config
 * (`name="pool.maxOpen"`); fields the form does not show (a run's endpoints, the bug's endpoint) are kept
 * from the configuration it was filled from, so a shared link survives an edit.
 */
import type { LabConfig } from '../../lab/config.ts';

type Json = Record<string, unknown>;

function setPath(obj: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Json;
  }
  o[keys[keys.length - 1]] = value;
}

function getPath(obj: unknown, path: string): unknown {
  let o = obj;
  for (const k of path.split('.')) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Json)[k];
  }
  return o;
}

const WORKLOAD_FIELDS: Record<string, string[]> = {
  steady: ['rps'], ramp: ['fromRps', 'toRps'], burst: ['baseRps', 'burstRps', 'everySec', 'burstSec'],
};
const PERCENT_BUGS = new Set(['rowsLeak', 'txLeak', 'panicNoDefer']);

/** syncVisibility shows only the inputs that apply to the chosen workload shape and bug. */
export function syncVisibility(form: HTMLFormElement): void {
  const kind = (form.elements.namedItem('workload.kind') as HTMLSelectElement).value;
  for (const [k] of Object.entries(WORKLOAD_FIELDS)) {
    const group = form.querySelector<HTMLElement>(`[data-workload="${k}"]`);
    if (group) group.hidden = k !== kind;
  }
  const bug = (form.elements.namedItem('bug.kind') as HTMLSelectElement).value;
  const pct = form.querySelector<HTMLElement>('[data-bug="percent"]');
  if (pct) pct.hidden = !PERCENT_BUGS.has(bug);
  const start = form.querySelector<HTMLElement>('[data-bug="start"]');
  if (start) start.hidden = bug === 'none';
  const deadline = form.elements.namedItem('deadlineMs') as HTMLInputElement;
  deadline.disabled = (form.elements.namedItem('noDeadline') as HTMLInputElement).checked;
}

/** readForm builds the (unvalidated) configuration the inputs describe, on top of `base`. */
export function readForm(form: HTMLFormElement, base: LabConfig): unknown {
  const out = JSON.parse(JSON.stringify(base)) as Json;
  const num = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value);
  for (const name of ['seed', 'pool.maxOpen', 'pool.maxIdle', 'pool.maxLifetimeSec', 'pool.maxIdleTimeSec', 'server.maxConnections', 'server.waitTimeoutSec', 'server.otherClients', 'latency.medianMs', 'latency.p99Ms', 'latency.slowMs']) {
    setPath(out, name, num(name));
  }
  setPath(out, 'durationSec', Math.round(num('durationMin') * 60));
  setPath(out, 'latency.slowShare', num('latency.slowPercent') / 100);
  const connect = (form.elements.namedItem('latency.connectMs') as HTMLInputElement).value.trim();
  const latency = out.latency as Json;
  if (connect === '') delete latency.connectMs;
  else latency.connectMs = Number(connect);
  const kind = (form.elements.namedItem('workload.kind') as HTMLSelectElement).value;
  const workload: Json = { kind };
  for (const f of WORKLOAD_FIELDS[kind] ?? []) workload[f] = num(`workload.${f}`);
  out.workload = workload;
  out.deadlineMs = (form.elements.namedItem('noDeadline') as HTMLInputElement).checked ? null : num('deadlineMs');
  const bugKind = (form.elements.namedItem('bug.kind') as HTMLSelectElement).value;
  const bug: Json = { kind: bugKind };
  if (bugKind !== 'none') {
    if (PERCENT_BUGS.has(bugKind)) bug.percent = num('bug.percent');
    const start = num('bug.startSec');
    if (start > 0) bug.startSec = start;
    const prev = base.bug as Json;
    if (prev.endpoint !== undefined && base.endpoints) bug.endpoint = prev.endpoint;
  }
  out.bug = bug;
  return out;
}

/** writeForm fills the inputs from a configuration. */
export function writeForm(form: HTMLFormElement, c: LabConfig): void {
  const set = (name: string, v: unknown) => {
    const e = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (e) e.value = v === undefined || v === null ? '' : String(v);
  };
  for (const name of ['seed', 'pool.maxOpen', 'pool.maxIdle', 'pool.maxLifetimeSec', 'pool.maxIdleTimeSec', 'server.maxConnections', 'server.waitTimeoutSec', 'server.otherClients', 'latency.medianMs', 'latency.p99Ms', 'latency.slowMs', 'latency.connectMs']) {
    set(name, getPath(c, name));
  }
  set('durationMin', c.durationSec / 60);
  set('latency.slowPercent', +(c.latency.slowShare * 100).toFixed(4));
  set('workload.kind', c.workload.kind);
  for (const [k, v] of Object.entries(c.workload)) if (k !== 'kind') set(`workload.${k}`, v);
  (form.elements.namedItem('noDeadline') as HTMLInputElement).checked = c.deadlineMs === null;
  if (c.deadlineMs !== null) set('deadlineMs', c.deadlineMs);
  set('bug.kind', c.bug.kind);
  set('bug.percent', 'percent' in c.bug ? c.bug.percent : 1);
  set('bug.startSec', c.bug.kind === 'none' ? 0 : c.bug.startSec ?? 0);
  syncVisibility(form);
}
