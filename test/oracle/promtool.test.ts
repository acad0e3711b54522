import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAlertRule, evaluate, firingAt, formatLabels, parsePromql, runAlertRule } from '../../src/lab/promql';
import type { Series } from '../../src/lab/promql';

// The Pool Lab's PromQL evaluator must agree with Prometheus itself. We generate series, evaluate
// expressions and alert rules with our evaluator, and run the same series through Debian's promtool
// (Prometheus 2.42) with `promtool test rules`:
// - alerts: our firing alerts are written as the expectations, so promtool judges them exactly;
// - expressions: promtool compares floats bit for bit, and Prometheus itself sums series in an order
//   that changes from run to run (the last bit of a sum differs between two promtool runs), so each
//   expression test carries a sentinel expectation that always fails, promtool prints the samples it
//   computed, and we compare those with ours: the same label sets, values equal to 1e-12 relative.
const PROMTOOL = process.env.LEAKPROOF_PROMTOOL ?? '/usr/bin/promtool';
const STEP = 15_000;
const POINTS = 41; // 10 minutes of 15 s scrapes

/** rng is a small deterministic generator (mulberry32), so the generated cases replay exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTINEL = '{leakproof_sentinel="1"}';

interface Input { name: string; labels: Record<string, string>; values: (number | null)[] }

function makeInputs(seed: number): Input[] {
  const r = rng(seed);
  const out: Input[] = [];
  for (const db of ['a', 'b', 'c']) {
    // a counter with occasional resets and gaps
    let c = Math.floor(r() * 20);
    const counter: (number | null)[] = [];
    for (let i = 0; i < POINTS; i++) {
      if (r() < 0.05) c = Math.floor(r() * 3);
      else c += Math.floor(r() * 7);
      counter.push(r() < 0.06 ? null : c);
    }
    out.push({ name: 'go_sql_wait_count_total', labels: { db_name: db }, values: counter });
    // a gauge that steps between levels (a leak makes it climb and stay)
    const gauge: (number | null)[] = [];
    let g = Math.floor(r() * 5);
    for (let i = 0; i < POINTS; i++) {
      if (r() < 0.25) g = Math.max(0, Math.min(20, g + Math.floor(r() * 7) - 3));
      gauge.push(r() < 0.04 ? null : g);
    }
    out.push({ name: 'go_sql_in_use_connections', labels: { db_name: db }, values: gauge });
    out.push({ name: 'go_sql_max_open_connections', labels: { db_name: db }, values: Array(POINTS).fill(20) });
  }
  return out;
}

function toSeries(inputs: Input[]): Series[] {
  return inputs.map((i) => ({
    labels: { __name__: i.name, ...i.labels },
    samples: i.values.flatMap((v, k) => (v === null ? [] : [{ t: k * STEP, v }])),
  }));
}

const EXPRESSIONS = [
  'go_sql_in_use_connections',
  'rate(go_sql_wait_count_total[1m])',
  'rate(go_sql_wait_count_total[2m])',
  'increase(go_sql_wait_count_total[5m])',
  'increase(go_sql_wait_count_total[45s])',
  'delta(go_sql_in_use_connections[2m])',
  'avg_over_time(go_sql_in_use_connections[2m])',
  'max_over_time(go_sql_in_use_connections[90s])',
  'min_over_time(go_sql_in_use_connections[5m])',
  'sum_over_time(go_sql_in_use_connections[1m])',
  'count_over_time(go_sql_in_use_connections[3m])',
  'sum(go_sql_in_use_connections)',
  'max by (db_name) (go_sql_in_use_connections)',
  'sum without (db_name) (rate(go_sql_wait_count_total[1m]))',
  'count(go_sql_in_use_connections > 5)',
  'go_sql_in_use_connections / go_sql_max_open_connections',
  'go_sql_in_use_connections / go_sql_max_open_connections >= 0.5',
  'go_sql_in_use_connections > bool 4',
  'go_sql_in_use_connections offset 1m',
  'rate(go_sql_wait_count_total[2m] offset 30s) * 60',
  'min_over_time(go_sql_in_use_connections[2m]) > 3 and rate(go_sql_wait_count_total[1m]) > 0.1',
  'go_sql_in_use_connections unless go_sql_in_use_connections < 3',
  '-go_sql_in_use_connections + 2 * 3',
  'avg(go_sql_in_use_connections) - 1',
  'irate(go_sql_wait_count_total[1m])',
  'rate(go_sql_wait_count_total[50s])',
  'increase(go_sql_wait_count_total[100s])',
  'delta(go_sql_in_use_connections[70s])',
];

const RULES = [
  { alert: 'InUseHigh', expr: 'go_sql_in_use_connections >= 8', for: '1m' },
  { alert: 'InUseHighNoFor', expr: 'go_sql_in_use_connections >= 10' },
  { alert: 'Waiting', expr: 'rate(go_sql_wait_count_total[1m]) > 0.15', for: '45s' },
  { alert: 'Saturated', expr: 'min_over_time(go_sql_in_use_connections[2m]) / go_sql_max_open_connections > 0.3', for: '30s' },
];

/** promLabels prints a label set the way promtool prints one: every label, sorted, in braces. */
function promLabels(labels: Record<string, string>): string {
  return `{${Object.keys(labels).sort().map((k) => `${k}=${JSON.stringify(labels[k])}`).join(', ')}}`;
}

/** formatTime writes milliseconds as promtool prints an eval time (`2m30s`, `15s`, `0s`). */
function formatTime(ms: number): string {
  const sec = ms / 1000;
  const m = Math.floor(sec / 60);
  const r = sec % 60;
  if (m === 0) return `${r}s`;
  return r === 0 ? `${m}m` : `${m}m${r}s`;
}

/** parseGot reads promtool's `got:` list: `{a="1"} 2.5E+00, {a="2"} 3E+00` (or `nil`). */
function parseGot(text: string): { labels: string; v: number }[] {
  const out: { labels: string; v: number }[] = [];
  for (const m of text.matchAll(/(\w*\{[^}]*\})\s+([-+]?(?:Inf|NaN|[0-9.]+(?:E[-+]?[0-9]+)?))/g)) {
    out.push({ labels: m[1], v: Number(m[2].replace('Inf', 'Infinity')) });
  }
  return out;
}

function promtool(dir: string): { code: number; out: string } {
  try {
    const out = execFileSync(PROMTOOL, ['test', 'rules', 'test.yml'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

function yamlValues(values: (number | null)[]): string {
  return values.map((v) => (v === null ? '_' : String(v))).join(' ');
}

function yamlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

type Expected = Map<string, { labels: string; v: number }[]>;

function buildTest(seed: number, expected: Expected): { file: string; checks: number } {
  const inputs = makeInputs(seed);
  const series = toSeries(inputs);
  const r = rng(seed * 7919);
  const lines: string[] = ['  - interval: 15s', '    input_series:'];
  for (const i of inputs) {
    lines.push(`      - series: ${yamlString(formatLabels({ __name__: i.name, ...i.labels }))}`);
    lines.push(`        values: ${yamlString(yamlValues(i.values))}`);
  }
  let checks = 0;
  lines.push('    promql_expr_test:');
  for (const text of EXPRESSIONS) {
    const parsed = parsePromql(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (let k = 0; k < 3; k++) {
      // whole seconds, mostly off the 15 s scrape grid, so ranges start and end between samples
      const t = Math.floor(r() * (POINTS - 1) * 15) * 1000;
      const v = evaluate(parsed.expr, series, t);
      if (v.type !== 'vector') throw new Error('expected a vector');
      lines.push(`      - expr: ${yamlString(text)}`);
      lines.push(`        eval_time: ${formatTime(t)}`);
      lines.push('        exp_samples:');
      lines.push(`          - labels: ${yamlString(SENTINEL)}`);
      lines.push('            value: -1');
      expected.set(`${seed}|${text}|${formatTime(t)}`, v.samples.map((x) => ({ labels: promLabels(x.labels), v: x.v })));
      checks += Math.max(1, v.samples.length);
    }
  }
  lines.push('    alert_rule_test:');
  for (const spec of RULES) {
    const c = compileAlertRule({ ...spec, labels: { severity: 'page' } });
    if (!c.ok) throw new Error(c.errors[0].message);
    const run = runAlertRule(c.rule, series, { startMs: 0, endMs: (POINTS - 1) * STEP, intervalMs: STEP });
    for (let k = 0; k < 4; k++) {
      const t = Math.floor(r() * POINTS) * STEP;
      // promtool evaluates the group from 0 up to eval_time; our run covered the whole window,
      // and the state at t depends only on steps up to t.
      const firing = firingAt(run, t);
      lines.push(`      - eval_time: ${formatTime(t)}`);
      lines.push(`        alertname: ${spec.alert}`);
      if (firing.length === 0) { lines.push('        exp_alerts: []'); checks++; continue; }
      lines.push('        exp_alerts:');
      for (const labels of firing) {
        lines.push('          - exp_labels:');
        for (const [k2, v2] of Object.entries(labels)) lines.push(`              ${k2}: ${yamlString(v2)}`);
        checks++;
      }
    }
  }
  return { file: lines.join('\n'), checks };
}

describe('PromQL evaluation agrees with promtool (Prometheus 2.42)', () => {
  it('computes the same samples and firing alerts on generated pool series', () => {
    if (!existsSync(PROMTOOL)) throw new Error(`promtool not found at ${PROMTOOL}: run scripts/install-system-deps.sh (Debian package prometheus)`);
    const dir = mkdtempSync(join(tmpdir(), 'leakproof-promtool-'));
    const rules = ['groups:', '  - name: lab', '    interval: 15s', '    rules:'];
    for (const spec of RULES) {
      rules.push(`      - alert: ${spec.alert}`, `        expr: ${yamlString(spec.expr)}`);
      if (spec.for) rules.push(`        for: ${spec.for}`);
      rules.push('        labels:', '          severity: page');
    }
    writeFileSync(join(dir, 'rules.yml'), rules.join('\n') + '\n');
    let checks = 0;
    let compared = 0;
    const mismatches: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const expected: Expected = new Map();
      const t = buildTest(seed, expected);
      checks += t.checks;
      writeFileSync(join(dir, 'test.yml'), ['rule_files:', '  - rules.yml', 'evaluation_interval: 15s', 'tests:', t.file].join('\n') + '\n');
      const { code, out } = promtool(dir);
      // Every expression test fails on its sentinel by design; anything else promtool reports
      // (an alert that differs, a rule that does not load) is a real disagreement.
      expect(code, out.slice(0, 2000)).toBe(1);
      const failures = out.split(/\n(?=\s+(?:expr|alertname):)/).slice(1);
      const unexpected = failures.filter((f) => !f.includes(SENTINEL));
      expect(unexpected.join('\n').slice(0, 4000), `seed ${seed}`).toBe('');
      expect(failures.length, `seed ${seed}: one failure per expression test`).toBe(EXPRESSIONS.length * 3);
      for (const f of failures) {
        const head = /expr: "((?:[^"\\]|\\.)*)", time: ([^,]+),/.exec(f);
        if (!head) { mismatches.push(`unreadable promtool output: ${f.slice(0, 200)}`); continue; }
        const exprText = JSON.parse(`"${head[1]}"`) as string;
        const gotLine = /got:\s*(.*)/.exec(f)?.[1] ?? '';
        const got = parseGot(gotLine).sort((a, b) => a.labels.localeCompare(b.labels));
        const ours = [...(expected.get(`${seed}|${exprText}|${head[2]}`) ?? [])].sort((a, b) => a.labels.localeCompare(b.labels));
        if (ours.map((o) => o.labels).join(' ') !== got.map((g) => g.labels).join(' ')) {
          mismatches.push(`seed ${seed}: ${exprText} at ${head[2]}: ours ${JSON.stringify(ours)}, Prometheus ${gotLine}`);
          continue;
        }
        ours.forEach((o, i) => {
          const g = got[i];
          const close = o.v === g.v || Math.abs(o.v - g.v) <= 1e-12 * Math.max(Math.abs(o.v), Math.abs(g.v));
          if (!close) mismatches.push(`seed ${seed}: ${exprText} at ${head[2]}: ours ${o.labels} ${o.v}, Prometheus ${g.v}`);
          compared++;
        });
      }
    }
    expect(checks).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });
});
