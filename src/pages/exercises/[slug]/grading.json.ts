/**
 * /exercises/<slug>/grading.json: one Go exercise as the runner worker grades it, validated here at build
 * time by the grader's loader (the same check the exercises collection makes), with the reference results
 * that still match it. The worker fetches it instead of bundling every exercise, zod and a YAML parser.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formatProblem, loadExercise } from '../../../grader/loader.ts';
import { referenceRunsFrom } from '../../../grader/reference-results.ts';
import { gradingDataOf } from '../../../ui/workbench/grading-data.ts';

const raw = (m: Record<string, unknown>) => m as Record<string, string>;
const md = raw(import.meta.glob('/exercises/*/exercise.md', { query: '?raw', import: 'default', eager: true }));
const starters = raw(import.meta.glob('/exercises/*/starter.go', { query: '?raw', import: 'default', eager: true }));
const solutions = raw(import.meta.glob('/exercises/*/solution.go', { query: '?raw', import: 'default', eager: true }));
const mistakes = raw(import.meta.glob('/exercises/*/mistakes/*.go', { query: '?raw', import: 'default', eager: true }));
const references = raw(import.meta.glob('/exercises/*/reference-results.json', { query: '?raw', import: 'default', eager: true }));
const scenarios = import.meta.glob('/exercises/*/scenarios.ts', { import: 'default', eager: true }) as Record<string, unknown>;

export const getStaticPaths = (async () => {
  const all = await getCollection('exercises');
  return all.flatMap((e) => (e.data.kind === 'go' ? [{ params: { slug: e.id } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const slug = params.slug!;
  const dir = `/exercises/${slug}/`;
  const mistakeFiles: Record<string, string> = {};
  for (const [path, text] of Object.entries(mistakes)) if (path.startsWith(`${dir}mistakes/`)) mistakeFiles[path.slice(`${dir}mistakes/`.length)] = text;
  const r = loadExercise({ slug, exerciseMd: md[`${dir}exercise.md`]!, starter: starters[`${dir}starter.go`]!, solution: solutions[`${dir}solution.go`]!, mistakes: mistakeFiles, scenarios: scenarios[`${dir}scenarios.ts`] });
  if (!r.ok) throw new Error(`exercise ${slug} is malformed:\n${r.problems.map((p) => formatProblem(slug, p)).join('\n')}`);
  const refText = references[`${dir}reference-results.json`];
  const runs = referenceRunsFrom(r.exercise, refText === undefined ? undefined : JSON.parse(refText));
  return new Response(JSON.stringify(gradingDataOf(r.exercise, runs)), { headers: { 'Content-Type': 'application/json' } });
};
