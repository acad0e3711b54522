import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './site/lesson-schema.ts';

/** collections holds the site's content collections: the lessons, lessons/NN-<slug>.mdx (the frontmatter slug is the entry id). */
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './lessons' }),
    schema: lessonSchema,
  }),
};
