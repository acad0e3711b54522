import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './site/lesson-schema.ts';

// Lessons live in lessons/NN-<slug>.mdx; the frontmatter `slug` becomes the entry id.
// LEAKPROOF_LESSONS_DIR points the site at another folder (used only for fixture builds).
const base = process.env.LEAKPROOF_LESSONS_DIR ?? './lessons';

/** collections holds the site's content collections: the lessons. */
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '[0-9][0-9]-*.mdx', base }),
    schema: lessonSchema,
  }),
};
