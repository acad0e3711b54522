/**
 * pool-view: renders a run's pool over its virtual timeline into a container: connection slots, waiting
 * goroutines, max_connections, DBStats, play/pause and a scrubber over the pool's events, each event a
 * button that jumps to its source line, and a text log mirror whose current step is announced.
 */
import type { SimEvent } from '../../sim/events.ts';
import { describeEvent, poolAt, poolDb, type PoolInstant } from './pool-state.ts';
import './pool-view.css';

/** PoolViewOptions: what to call when an event's source line is chosen. */
export interface PoolViewOptions { onSite?: (line: number, col: number) => void; label: string }

const STAT_NAMES = ['MaxOpenConnections', 'OpenConnections', 'InUse', 'Idle', 'WaitCount', 'WaitDuration', 'MaxIdleClosed', 'MaxIdleTimeClosed', 'MaxLifetimeClosed'] as const;
const SLOT_TEXT = { dialing: 'being dialed', idle: 'idle', inUse: 'in use', closed: 'closed' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function fmtTime(ns: number): string {
  return ns < 1e6 ? `${(ns / 1e3).toFixed(0)} µs` : ns < 1e9 ? `${(ns / 1e6).toFixed(1)} ms` : `${(ns / 1e9).toFixed(3)} s`;
}

/** PoolView is a mounted pool view; destroy stops its playback. */
export interface PoolView { destroy(): void; seek(step: number): void }

/** mountPoolView renders the pool of a timeline into host (replacing its content). */
export function mountPoolView(host: HTMLElement, events: readonly SimEvent[], opts: PoolViewOptions): PoolView {
  host.replaceChildren();
  const db = poolDb(events);
  const region = el('section', { class: 'pool-view', 'aria-label': opts.label });
  host.append(region);
  if (db < 0) {
    region.append(el('p', {}, 'This run opened no *sql.DB, so there is no pool to show.'));
    return { destroy() {}, seek() {} };
  }
  // Steps: the pool's own events plus the server's start (max_connections); step k shows the state after step k.
  const steps = events.filter((e) => e.kind === 'server.start' || ('db' in e && e.db === db && describeEvent(e) !== null));
  const controls = el('div', { class: 'pool-controls' });
  const play = el('button', { type: 'button' }, 'Play');
  const scrubLabel = el('label', { class: 'pool-scrub' });
  const scrub = el('input', { type: 'range', min: '0', max: String(Math.max(0, steps.length - 1)), step: '1', value: String(Math.max(0, steps.length - 1)) });
  scrubLabel.append('Timeline step ', scrub);
  const clock = el('output', { class: 'pool-clock' });
  controls.append(play, scrubLabel, clock);
  const max = el('p', { class: 'pool-max' });
  const slots = el('ul', { class: 'pool-slots', 'aria-label': 'Connection slots' });
  const waiting = el('p', { class: 'pool-waiting' });
  const stats = el('table', { class: 'pool-stats' });
  stats.append(el('caption', {}, 'DBStats at this instant'));
  const statCells = new Map<string, HTMLTableCellElement>();
  for (const name of STAT_NAMES) {
    const tr = el('tr');
    const td = el('td', { 'data-stat': name });
    tr.append(el('th', { scope: 'row' }, name), td);
    stats.append(tr);
    statCells.set(name, td);
  }
  const current = el('p', { class: 'pool-current', 'aria-live': 'polite' });
  const logHead = el('p', { class: 'pool-log-title' }, 'Event log (press an entry with a source line to go there)');
  const log = el('ol', { class: 'pool-log', 'aria-label': 'Event log' });
  steps.forEach((e, i) => {
    const li = el('li', { 'data-step': String(i) });
    const text = `${fmtTime(e.t)}: ${e.kind === 'server.start' ? `server started (max_connections ${e.variables['max_connections'] ?? '?'})` : describeEvent(e)}`;
    if (e.site && e.site.file === 'main.go' && opts.onSite) {
      const b = el('button', { type: 'button', class: 'link-button' }, text);
      const site = e.site;
      b.addEventListener('click', () => { seek(i); opts.onSite!(site.line, site.col); });
      li.append(b);
    } else li.textContent = text;
    log.append(li);
  });
  region.append(controls, max, el('div', { class: 'pool-body' }), current, logHead, log);
  region.querySelector('.pool-body')!.append(slots, waiting, stats);

  let step = Math.max(0, steps.length - 1);
  const render = (p: PoolInstant) => {
    max.textContent = `Server max_connections: ${p.maxConnections ?? 'unknown'}`;
    slots.replaceChildren(...(p.slots.length ? p.slots.map((s) => el('li', { class: `slot slot-${s.state}`, 'data-state': s.state }, `conn ${s.conn}: ${SLOT_TEXT[s.state]}`)) : [el('li', {}, 'no connections yet')]));
    waiting.textContent = `Goroutines waiting for a connection: ${p.waiting}`;
    for (const name of STAT_NAMES) statCells.get(name)!.textContent = name === 'WaitDuration' ? `${p.stats.WaitDuration} ns` : String(p.stats[name]);
  };
  function seek(k: number): void {
    step = Math.min(Math.max(0, k), steps.length - 1);
    scrub.value = String(step);
    const e = steps[step];
    const prefix = e ? events.slice(0, events.indexOf(e) + 1) : [];
    const p = poolAt(prefix, db);
    clock.textContent = `t = ${fmtTime(e?.t ?? 0)} (step ${step + 1} of ${steps.length})`;
    scrub.setAttribute('aria-valuetext', `t = ${fmtTime(e?.t ?? 0)}, step ${step + 1} of ${steps.length}`);
    render(p);
    for (const li of log.children) li.classList.toggle('current', li.getAttribute('data-step') === String(step));
    current.textContent = log.children[step]?.textContent ?? '';
  }
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
  };
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (step >= steps.length - 1) seek(0);
    play.textContent = 'Pause';
    timer = setInterval(() => (step >= steps.length - 1 ? stop() : seek(step + 1)), 250);
  });
  scrub.addEventListener('input', () => { stop(); seek(Number(scrub.value)); });
  seek(step);
  return { destroy: stop, seek };
}
