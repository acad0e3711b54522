/**
 * The exercise loader: takes the contents of an exercise folder (no file system here; a Node-side
 * reader passes them in) and validates everything, failing with the file, the field and what is wrong.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ExerciseFrontmatter, parseExerciseBody, type ExerciseBody, type GoExerciseMeta } from './exercise.ts';
import { parseSignature, signatureShape, type GoSignature } from './go-signature.ts';
import { declaredSignature, packageName, parseMistakeHeader, type MistakeHeader } from './go-source.ts';
import { ScenarioList, type ArgSpecValue, type Scenario } from './scenario.ts';

/** ExerciseFiles is the contents of one exercise folder. */
export interface ExerciseFiles {
  slug: string;
  /** exerciseMd is exercise.md's text. */
  exerciseMd: string;
  starter: string;
  solution: string;
  /** mistakes maps each mistakes/*.go file name to its text. */
  mistakes: Record<string, string>;
  /** scenarios is scenarios.ts's default export, unvalidated. */
  scenarios: unknown;
}

/** LoadProblem is one thing wrong with an exercise folder. */
export interface LoadProblem {
  file: string;
  field: string;
  message: string;
}

/** Mistake is a validated mistake file. */
export interface Mistake {
  file: string;
  source: string;
  header: MistakeHeader;
}

/** Exercise is a loaded, validated exercise. */
export interface Exercise {
  slug: string;
  meta: GoExerciseMeta;
  entries: GoSignature[];
  body: ExerciseBody;
  starter: string;
  solution: string;
  mistakes: Mistake[];
  scenarios: Scenario[];
}

/** LoadResult is an exercise or its problems. */
export type LoadResult = { ok: true; exercise: Exercise } | { ok: false; problems: LoadProblem[] };

/** formatProblem renders a problem as `exercises/<slug>/<file>: <field>: <message>`. */
export function formatProblem(slug: string, p: LoadProblem): string {
  return `exercises/${slug}/${p.file}: ${p.field}: ${p.message}`;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

function zodProblems(file: string, err: z.ZodError, prefix = ''): LoadProblem[] {
  return err.issues.map((i) => ({ file, field: pathText([...(prefix ? [prefix] : []), ...i.path]) || '(root)', message: i.message }));
}

/** splitFrontmatter separates `---\nyaml\n---\nbody`. */
export function splitFrontmatter(md: string): { yaml: string; body: string } | undefined {
  const m = md.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  return m ? { yaml: m[1]!, body: m[2]! } : undefined;
}

/** argFits says whether an argument spec can produce a value of the Go type. */
function argFits(arg: ArgSpecValue, type: string): string | undefined {
  const scalar = (t: string): boolean => ['string', 'int', 'int64', 'int32', 'float64', 'bool'].includes(t);
  switch (arg.kind) {
    case 'context':
      return type === 'context.Context' ? undefined : `a context argument needs a context.Context parameter, not ${type}`;
    case 'db':
      return type === '*sql.DB' ? undefined : `a db argument needs a *sql.DB parameter, not ${type}`;
    case 'callback':
      return type.startsWith('func(') ? undefined : `a callback needs a func parameter, not ${type}`;
    case 'list':
      return type.startsWith('[]') && scalar(type.slice(2)) ? undefined : `a list needs a slice of a basic type, not ${type}`;
    case 'literal':
      if (!scalar(type)) return `a literal needs a basic-type parameter, not ${type}`;
      if (type === 'string' && typeof arg.value !== 'string') return 'the parameter is a string: give a string literal';
      if (type === 'bool' && typeof arg.value !== 'boolean') return 'the parameter is a bool: give true or false';
      if (/^(int|float)/.test(type) && typeof arg.value !== 'number') return `the parameter is ${type}: give a number`;
      return undefined;
    default:
      return scalar(type) ? undefined : `a ${arg.kind} argument needs a basic-type parameter, not ${type}`;
  }
}

function checkArgs(args: ArgSpecValue[], sig: GoSignature, at: string): LoadProblem[] {
  const out: LoadProblem[] = [];
  if (args.length !== sig.params.length) {
    out.push({ file: 'scenarios.ts', field: `${at}.args`, message: `${sig.name} takes ${sig.params.length} parameter(s) (${sig.text}); ${args.length} given` });
    return out;
  }
  args.forEach((a, i) => {
    const bad = argFits(a, sig.params[i]!.type);
    if (bad) out.push({ file: 'scenarios.ts', field: `${at}.args[${i}]`, message: bad });
  });
  return out;
}

/** COURSE_COLUMNS are the default course database's tables and columns (src/mysql/seed-data.ts). */
export const COURSE_COLUMNS: Record<string, string[]> = {
  users: ['id', 'name', 'email'],
  products: ['id', 'name', 'price_cents', 'stock'],
  orders: ['id', 'user_id', 'product_id', 'quantity', 'status', 'created_at'],
  audit_log: ['id', 'user_id', 'action', 'created_at'],
};

/** checkPicks validates that every `pick` argument names a table and column of the scenario's dataset. */
function checkPicks(scenarios: Scenario[]): LoadProblem[] {
  const out: LoadProblem[] = [];
  scenarios.forEach((s, i) => {
    const tables: Record<string, string[]> = { ...COURSE_COLUMNS };
    for (const t of s.dataset.tables) tables[t.name] = t.columns.map((c) => c.name);
    const visit = (a: unknown, at: string): void => {
      if (!a || typeof a !== 'object') return;
      const o = a as Record<string, unknown>;
      if (o.kind === 'pick' && typeof o.table === 'string' && typeof o.column === 'string') {
        if (!tables[o.table]) out.push({ file: 'scenarios.ts', field: at, message: `no table "${o.table}" in the dataset (${Object.keys(tables).join(', ')})` });
        else if (!tables[o.table]!.includes(o.column)) out.push({ file: 'scenarios.ts', field: at, message: `table ${o.table} has no column "${o.column}" (${tables[o.table]!.join(', ')})` });
      }
      for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') visit(v, Array.isArray(o) ? `${at}[${k}]` : `${at}.${k}`);
    };
    visit(s.drive, `[${i}].drive`);
  });
  return out;
}

/** checkDrives validates every scenario's drive against the exercise's entry signatures. */
function checkDrives(scenarios: Scenario[], entries: GoSignature[]): LoadProblem[] {
  const out: LoadProblem[] = [];
  const funcs = new Map(entries.filter((e) => !e.receiver).map((e) => [e.name, e]));
  const methods = new Map(entries.filter((e) => e.receiver).map((e) => [e.name, e]));
  const names = entries.map((e) => e.name).join(', ');
  scenarios.forEach((s, i) => {
    const at = `[${i}].drive`;
    if (s.drive.kind === 'call') {
      const sig = funcs.get(s.drive.entry);
      if (!sig) out.push({ file: 'scenarios.ts', field: `${at}.entry`, message: `"${s.drive.entry}" is not an entry function of this exercise (${names})` });
      else out.push(...checkArgs(s.drive.args, sig, at));
      return;
    }
    const ctor = funcs.get(s.drive.construct.func);
    if (!ctor) {
      out.push({ file: 'scenarios.ts', field: `${at}.construct.func`, message: `"${s.drive.construct.func}" is not an entry function of this exercise (${names})` });
      return;
    }
    out.push(...checkArgs(s.drive.construct.args, ctor, `${at}.construct`));
    const made = ctor.results[0]?.type;
    s.drive.routes.forEach((r, j) => {
      if (r.handler === undefined) {
        if (made !== 'http.Handler' && made !== 'http.HandlerFunc') out.push({ file: 'scenarios.ts', field: `${at}.routes[${j}]`, message: `${ctor.name} returns ${made ?? 'nothing'}, not a handler: name a handler method` });
        return;
      }
      const m = methods.get(r.handler);
      if (!m) out.push({ file: 'scenarios.ts', field: `${at}.routes[${j}].handler`, message: `"${r.handler}" is not an entry method of this exercise (${names})` });
      else if (m.receiver!.type !== made) out.push({ file: 'scenarios.ts', field: `${at}.routes[${j}].handler`, message: `${r.handler} is a method of ${m.receiver!.type}, but ${ctor.name} returns ${made ?? 'nothing'}` });
      else if (m.params.map((p) => p.type).join(',') !== 'http.ResponseWriter,*http.Request' || m.results.length > 0) {
        out.push({ file: 'scenarios.ts', field: `${at}.routes[${j}].handler`, message: `${m.text} does not have the handler shape (w http.ResponseWriter, r *http.Request)` });
      }
    });
  });
  return out;
}


/** checkGoFile validates a Go file's package and entry declarations. */
function checkGoFile(file: string, src: string, entries: GoSignature[]): LoadProblem[] {
  const out: LoadProblem[] = [];
  if (packageName(src) !== 'main') out.push({ file, field: 'package', message: 'an exercise file is package main' });
  if (!declaredSignature(src, 'main')) out.push({ file, field: 'main', message: 'needs a func main() that calls the entry point, so Run works' });
  for (const e of entries) {
    const recvType = e.receiver?.type;
    const got = declaredSignature(src, e.name, recvType);
    if (!got) out.push({ file, field: e.name, message: `missing the entry point ${e.text}` });
    else if (signatureShape(got) !== signatureShape(e)) out.push({ file, field: e.name, message: `declares ${got.text}; the exercise's entry is ${e.text}` });
  }
  return out;
}

/** loadExercise validates an exercise folder's contents. */
export function loadExercise(files: ExerciseFiles): LoadResult {
  const problems: LoadProblem[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(files.slug)) problems.push({ file: '.', field: 'slug', message: `the folder name "${files.slug}" is not kebab-case` });
  const fm = splitFrontmatter(files.exerciseMd);
  if (!fm) return { ok: false, problems: [...problems, { file: 'exercise.md', field: 'frontmatter', message: 'starts with a --- frontmatter block' }] };
  let raw: unknown;
  try {
    raw = parseYaml(fm.yaml);
  } catch (e) {
    return { ok: false, problems: [...problems, { file: 'exercise.md', field: 'frontmatter', message: `invalid YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const meta = ExerciseFrontmatter.safeParse(raw);
  if (!meta.success) problems.push(...zodProblems('exercise.md', meta.error));
  else if (meta.data.kind !== 'go') problems.push({ file: 'exercise.md', field: 'kind', message: `a folder with Go files is a 'go' exercise; '${meta.data.kind}' exercises live in the Pool Lab` });
  const body = parseExerciseBody(fm.body);
  if (!body.ok) problems.push(...body.problems.map((p) => ({ file: 'exercise.md', field: p.field, message: p.message })));
  const scen = ScenarioList.safeParse(files.scenarios);
  if (!scen.success) problems.push(...zodProblems('scenarios.ts', scen.error));
  if (!meta.success || meta.data.kind !== 'go') return { ok: false, problems };

  const entries = meta.data.entry.map((t) => (parseSignature(t) as { ok: true; sig: GoSignature }).sig);
  problems.push(...checkGoFile('starter.go', files.starter, entries));
  problems.push(...checkGoFile('solution.go', files.solution, entries));
  const mistakes: Mistake[] = [];
  const mistakeNames = Object.keys(files.mistakes).sort();
  if (mistakeNames.length < 3) problems.push({ file: 'mistakes', field: '(folder)', message: `needs at least three plausible wrong fixes; found ${mistakeNames.length}` });
  for (const name of mistakeNames) {
    const file = `mistakes/${name}`;
    const src = files.mistakes[name]!;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*\.go$/.test(name)) problems.push({ file, field: 'name', message: 'a mistake file is kebab-case .go' });
    problems.push(...checkGoFile(file, src, entries));
    const h = parseMistakeHeader(src);
    if (!h.ok) {
      problems.push({ file, field: 'header', message: h.error });
      continue;
    }
    mistakes.push({ file, source: src, header: h.header });
    if (!scen.success) continue;
    const named = h.header.scenarios;
    for (const sn of named) if (!scen.data.some((s) => s.name === sn)) problems.push({ file, field: 'Scenarios', message: `no scenario is named "${sn}"` });
    const pool = named.length > 0 ? scen.data.filter((s) => named.includes(s.name)) : scen.data;
    if (!pool.some((s) => s.checks.some((c) => c.check === h.header.check))) {
      problems.push({ file, field: 'Check', message: `no scenario${named.length > 0 ? ' it names' : ''} runs the ${h.header.check} check` });
    }
  }
  if (scen.success) problems.push(...checkDrives(scen.data, entries), ...checkPicks(scen.data));
  if (problems.length > 0 || !body.ok || !scen.success) return { ok: false, problems };
  return {
    ok: true,
    exercise: { slug: files.slug, meta: meta.data, entries, body: body.body, starter: files.starter, solution: files.solution, mistakes, scenarios: scen.data },
  };
}
