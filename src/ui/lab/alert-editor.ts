/**
 * alert-editor is the lab's rule editor: rules as a learner writes them in a Prometheus rule file
 * (alert, expr, for), checked as they are evaluated; a syntax or evaluation error is shown under the
 * rule with a caret at its position (and the text selected); firing intervals come back as shades.
 */
import { compileAlertRule, runAlertRule, type AlertRuleSpec, type FiringInterval } from '../../lab/promql/rules.ts';
import type { Series } from '../../lab/promql/series.ts';
import type { Shade } from './charts.ts';
import { clock } from './chart-data.ts';

/** RuleRowValue is one rule's inputs. */
export interface RuleRowValue { alert: string; expr: string; for: string }

/** RuleOutcome is what evaluating one rule gave: its firing intervals or its error. */
export type RuleOutcome = { ok: true; alert: string; intervals: FiringInterval[] } | { ok: false; field: 'alert' | 'expr' | 'for'; message: string; from: number; to: number };

/** evaluateRules compiles and runs each rule over the series from 0 to endMs, every 15 s. */
export function evaluateRules(rules: RuleRowValue[], series: Series[], endMs: number): RuleOutcome[] {
  return rules.map((r, i) => {
    const spec: AlertRuleSpec = { alert: r.alert.trim(), expr: r.expr, for: r.for.trim() || undefined };
    const c = compileAlertRule(spec, i);
    if (!c.ok) {
      const e = c.errors[0];
      return { ok: false, field: e.field, message: e.message, from: e.from, to: e.to };
    }
    const run = runAlertRule(c.rule, series, { startMs: 0, endMs, intervalMs: 15_000 }, i);
    if (run.error) return { ok: false, field: 'expr', message: run.error.message, from: run.error.from, to: run.error.to };
    return { ok: true, alert: spec.alert, intervals: run.intervals };
  });
}

/** shadesOf turns rule outcomes into chart shades (an interval still firing at the end runs to endSec). */
export function shadesOf(outcomes: RuleOutcome[], endSec: number): Shade[] {
  return outcomes.flatMap((o) => (o.ok ? o.intervals.map((iv) => ({ label: o.alert, from: iv.from / 1000, to: iv.to === null ? endSec : iv.to / 1000 })) : []));
}

/** caretLine draws `^~~~` under the erroneous span of one line of text. */
export function caretLine(text: string, from: number, to: number): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
  const lineEnd = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
  const line = text.slice(lineStart, lineEnd);
  const col = from - lineStart;
  return `${line}\n${' '.repeat(Math.max(0, col))}^${'~'.repeat(Math.max(0, Math.min(to, lineEnd) - from - 1))}`;
}

let rowCounter = 0;

/** AlertEditor manages the rule rows inside a container. */
export class AlertEditor {
  private readonly list: HTMLOListElement;

  constructor(root: HTMLElement, initial: RuleRowValue[]) {
    this.list = root.querySelector('ol.rules')!;
    for (const r of initial) this.add(r);
    root.querySelector<HTMLButtonElement>('[data-action="add-rule"]')?.addEventListener('click', () => {
      const row = this.add({ alert: `Rule${this.list.children.length + 1}`, expr: '', for: '' });
      row.querySelector('textarea')?.focus();
    });
  }

  /** add appends a rule row. */
  add(v: RuleRowValue): HTMLLIElement {
    const n = ++rowCounter;
    const li = document.createElement('li');
    li.className = 'rule';
    li.innerHTML = `
      <div class="rule-head">
        <label>alert <input name="alert" value="" autocomplete="off" spellcheck="false" /></label>
        <label>for <input name="for" value="" size="6" placeholder="0s" autocomplete="off" spellcheck="false" /></label>
        <button type="button" class="quiet" data-action="remove">Remove rule</button>
      </div>
      <label for="rule-expr-${n}">expr (PromQL)</label>
      <textarea id="rule-expr-${n}" name="expr" rows="3" spellcheck="false" aria-describedby="rule-out-${n}"></textarea>
      <div class="rule-out" id="rule-out-${n}" aria-live="polite"></div>`;
    (li.querySelector('[name=alert]') as HTMLInputElement).value = v.alert;
    (li.querySelector('[name=for]') as HTMLInputElement).value = v.for;
    (li.querySelector('[name=expr]') as HTMLTextAreaElement).value = v.expr;
    li.querySelector('[data-action=remove]')!.addEventListener('click', () => li.remove());
    this.list.append(li);
    return li;
  }

  /** values reads every rule row. */
  values(): RuleRowValue[] {
    return [...this.list.querySelectorAll<HTMLLIElement>('li.rule')].map((li) => ({
      alert: (li.querySelector('[name=alert]') as HTMLInputElement).value,
      expr: (li.querySelector('[name=expr]') as HTMLTextAreaElement).value,
      for: (li.querySelector('[name=for]') as HTMLInputElement).value,
    }));
  }

  /** show writes each rule's outcome under it: firing intervals in words, or the error with a caret. */
  show(outcomes: RuleOutcome[], endSec: number): void {
    const rows = [...this.list.querySelectorAll<HTMLLIElement>('li.rule')];
    rows.forEach((li, i) => {
      const o = outcomes[i];
      const out = li.querySelector<HTMLElement>('.rule-out')!;
      const fields = { alert: li.querySelector<HTMLInputElement>('[name=alert]')!, expr: li.querySelector<HTMLTextAreaElement>('[name=expr]')!, for: li.querySelector<HTMLInputElement>('[name=for]')! };
      for (const f of Object.values(fields)) f.removeAttribute('aria-invalid');
      out.replaceChildren();
      if (!o) return;
      if (!o.ok) {
        const field = fields[o.field];
        field.setAttribute('aria-invalid', 'true');
        const p = document.createElement('p');
        p.className = 'rule-error';
        p.textContent = `${o.field}: ${o.message}`;
        const pre = document.createElement('pre');
        pre.className = 'rule-caret';
        pre.textContent = caretLine(field.value, o.from, o.to);
        out.append(p, pre);
        field.addEventListener('focus', () => field.setSelectionRange(o.from, Math.max(o.to, o.from + 1)), { once: true });
        return;
      }
      const p = document.createElement('p');
      p.className = o.intervals.length > 0 ? 'rule-firing' : 'rule-quiet';
      p.textContent = o.intervals.length === 0
        ? `${o.alert}: never fired.`
        : `${o.alert}: fired ${o.intervals.length === 1 ? 'once' : `${o.intervals.length} times`}: ${o.intervals.map((iv) => `${clock(iv.from / 1000)}–${iv.to === null ? `${clock(endSec)} (still firing)` : clock(iv.to / 1000)}`).join(', ')}.`;
      out.append(p);
    });
  }
}
