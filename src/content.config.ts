import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from './site/lesson-schema.ts';
import { ExerciseEntry } from './grader/exercise.ts';
import { formatProblem, loadExercise, splitFrontmatter } from './grader/loader.ts';

/**
 * exerciseFolders loads exercises/<slug>/ folders (the entry id is the slug): exercise.md's frontmatter and
 * body (rendered), and for Go exercises starter.go and solution.go. A Go exercise is validated whole by the
 * grader's loader (frontmatter, hints, Go files, mistakes, scenarios.ts), so a malformed one fails the build
 * with the file, the field and what is wrong.
 */
function exerciseFolders(base: string): Loader {
  return {
    name: 'exercise-folders',
    async load({ store, parseData, renderMarkdown, generateDigest, config }) {
      const root = fileURLToPath(new URL(base, config.root));
      store.clear();
      for (const slug of readdirSync(root).sort()) {
        const dir = join(root, slug);
        if (!existsSync(join(dir, 'exercise.md'))) continue;
        const read = (f: string): string | undefined => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
        const md = read('exercise.md')!;
        const fm = splitFrontmatter(md);
        if (!fm) throw new Error(`exercises/${slug}/exercise.md: frontmatter: starts with a --- frontmatter block`);
        const starter = read('starter.go');
        const solution = read('solution.go');
        if (starter !== undefined) {
          const mistakes: Record<string, string> = {};
          if (existsSync(join(dir, 'mistakes'))) for (const f of readdirSync(join(dir, 'mistakes')).sort()) mistakes[f] = readFileSync(join(dir, 'mistakes', f), 'utf8');
          const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'scenarios.ts')).href)) as { default?: unknown };
          const r = loadExercise({ slug, exerciseMd: md, starter, solution: solution ?? '', mistakes, scenarios: mod.default });
          if (!r.ok) throw new Error(`exercise ${slug} is malformed:\n${r.problems.map((p) => formatProblem(slug, p)).join('\n')}`);
        }
        const filePath = `exercises/${slug}/exercise.md`;
        const raw = { ...(parseYaml(fm.yaml) as Record<string, unknown>), ...(starter !== undefined ? { starter, solution } : {}) };
        const data = await parseData({ id: slug, data: raw, filePath });
        store.set({ id: slug, data, body: fm.body, filePath, digest: generateDigest(`${md}\0${starter ?? ''}\0${solution ?? ''}`), rendered: await renderMarkdown(fm.body) });
      }
    },
  };
}

/**
 * collections holds the site's content collections: the lessons, lessons/NN-<slug>.mdx (the frontmatter slug
 * is the entry id), and the exercises, exercises/<slug>/ (issue 6's format; the grader reads the same folders).
 */
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './lessons' }),
    schema: lessonSchema,
  }),
  exercises: defineCollection({
    loader: exerciseFolders('./exercises/'),
    schema: ExerciseEntry,
  }),
};
