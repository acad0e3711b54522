/**
 * planCalls turns a scenario's drive into the concrete calls of one seeded run: each call's start
 * offset, its argument values (picks drawn from the dataset, lists, callbacks) or, for handlers, the
 * route and its URL, and the label reports use. Same scenario, seed and data: same plan.
 */
import { Rng } from '../sim/rng.ts';
import type { SqlValue } from '../mysql/sql-values.ts';
import { utf8Decode } from '../pool/utf8.ts';
import type { ArgSpecValue, Scenario } from './scenario.ts';

/** Scalar is a basic Go value the harness passes (strings, numbers, bools). */
export type Scalar = string | number | boolean;

/** ArgValue is one argument of one call, ready for the engine to convert to a Go value. */
export type ArgValue =
  | { kind: 'context' }
  | { kind: 'db' }
  | { kind: 'value'; value: Scalar }
  | { kind: 'list'; values: Scalar[] }
  | {
      kind: 'callback';
      returns: 'echo' | 'zero';
      /** trueFor: a bool-returning callback returns first-argument == trueFor. */
      trueFor?: Scalar;
      panicOnItem?: number;
      failOnItem?: number;
      message: string;
    };

/** PlannedCall is one call of the entry point. */
export interface PlannedCall {
  index: number;
  /** startMs is the virtual time after the first call at which this one may start. */
  startMs: number;
  label: string;
  args: ArgValue[];
}

/** PlannedRequest is one HTTP request through a handler. */
export interface PlannedRequest {
  index: number;
  startMs: number;
  label: string;
  method: string;
  /** handler is the method name on the constructed value, or undefined when it is itself the handler. */
  handler?: string;
  path: string;
  query: Record<string, string>;
  /** target is path?query, as http.NewRequest would get it. */
  target: string;
}

/** Plan is the plan of a run: the constructor's arguments for handlers, then the calls or requests. */
export type Plan = { kind: 'call'; entry: string; calls: PlannedCall[] } | { kind: 'http'; construct: { func: string; args: ArgValue[] }; requests: PlannedRequest[] };

/** ValuesOf reads a column's non-NULL values (ScenarioWorld.values). */
export type ValuesOf = (table: string, column: string) => SqlValue[];

function scalarOf(v: SqlValue): Scalar {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return utf8Decode(v);
  if (v === null) throw new Error('grader: picked a NULL');
  return v;
}

function resolve(spec: ArgSpecValue, call: number, rng: Rng, values: ValuesOf): ArgValue {
  const scalar = (s: Extract<ArgSpecValue, { kind: 'literal' | 'pick' | 'callIndex' }>): Scalar => {
    if (s.kind === 'literal') return s.value;
    if (s.kind === 'callIndex') return call + s.offset;
    const all = values(s.table, s.column);
    if (all.length === 0) throw new Error(`grader: nothing to pick from ${s.table}.${s.column}`);
    return scalarOf(all[rng.int(all.length)]!);
  };
  switch (spec.kind) {
    case 'context':
    case 'db':
      return { kind: spec.kind };
    case 'literal':
    case 'pick':
    case 'callIndex':
      return { kind: 'value', value: scalar(spec) };
    case 'list':
      return { kind: 'list', values: Array.from({ length: spec.length }, () => scalar(spec.of)) };
    case 'callback': {
      const active = spec.onCalls === 'all' || spec.onCalls.includes(call);
      return {
        kind: 'callback',
        returns: spec.returns,
        ...(spec.trueFor ? { trueFor: scalar(spec.trueFor) } : {}),
        ...(active && spec.panicOnItem !== undefined ? { panicOnItem: spec.panicOnItem } : {}),
        ...(active && spec.failOnItem !== undefined ? { failOnItem: spec.failOnItem } : {}),
        message: spec.message,
      };
    }
  }
}

function show(v: Scalar): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** argLabel renders an argument as the report shows it. */
export function argLabel(a: ArgValue): string {
  switch (a.kind) {
    case 'context':
      return 'ctx';
    case 'db':
      return 'db';
    case 'value':
      return show(a.value);
    case 'list': {
      const shown = a.values.slice(0, 3).map(show).join(', ');
      return `[${shown}${a.values.length > 3 ? `, ... (${a.values.length})` : ''}]`;
    }
    case 'callback':
      return a.panicOnItem ? `func (panics on item ${a.panicOnItem})` : a.failOnItem ? `func (fails on item ${a.failOnItem})` : 'func';
  }
}

/** planCalls plans one run of a scenario under a seed. */
export function planCalls(scenario: Scenario, seed: number, values: ValuesOf): Plan {
  const rng = new Rng(seed).fork('calls');
  const d = scenario.drive;
  if (d.kind === 'call') {
    const calls = Array.from({ length: d.calls }, (_, i): PlannedCall => {
      const args = d.args.map((a) => resolve(a, i, rng, values));
      return { index: i, startMs: i * d.spacingMs, label: `${d.entry}(${args.map(argLabel).join(', ')})`, args };
    });
    return { kind: 'call', entry: d.entry, calls };
  }
  const construct = { func: d.construct.func, args: d.construct.args.map((a) => resolve(a, 0, rng, values)) };
  const total = d.routes.reduce((n, r) => n + r.weight, 0);
  const requests = Array.from({ length: d.calls }, (_, i): PlannedRequest => {
    let w = rng.int(total);
    const route = d.routes.find((r) => (w -= r.weight) < 0)!;
    const query: Record<string, string> = {};
    for (const [k, spec] of Object.entries(route.query)) {
      const v = resolve(spec, i, rng, values);
      query[k] = v.kind === 'value' ? String(v.value) : '';
    }
    const qs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    const target = qs ? `${route.path}?${qs}` : route.path;
    return { index: i, startMs: i * d.spacingMs, label: `${route.method} ${target}`, method: route.method, ...(route.handler ? { handler: route.handler } : {}), path: route.path, query, target };
  });
  return { kind: 'http', construct, requests };
}
