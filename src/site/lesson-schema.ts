import { z } from 'zod';

/** LESSON_SLUGS lists the course's lessons in order: index = the lesson's order, URL = /lessons/<slug>/. */
export const LESSON_SLUGS = [
  'start-here',
  'how-the-pool-works',
  'rows-never-closed',
  'ignored-error',
  'error-paths',
  'panics',
  'rows-err',
  'prepared-statements',
  'transactions',
  'one-pool',
  'timeouts',
  'configuring-the-pool',
  'detecting-a-leak',
  'monitoring-and-alerting',
  'prevention',
  'capstone',
] as const;

/** LessonSlug is one of LESSON_SLUGS. */
export type LessonSlug = (typeof LESSON_SLUGS)[number];

const oneLine = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty: write it as one line`)
    .refine((s) => !s.includes('\n'), `${what} spans several lines: keep it on one line`);

/** lessonSchema validates a lesson's frontmatter (the lesson file contract). */
export const lessonSchema = z
  .object({
    title: oneLine('title').describe('Page title, e.g. "Rows that are never closed"'),
    slug: z.enum(LESSON_SLUGS, { error: `slug must be one of: ${LESSON_SLUGS.join(', ')}` }).describe('URL part: /lessons/<slug>/'),
    order: z.number().int().min(0).max(LESSON_SLUGS.length - 1).describe('0..15, no gaps'),
    goal: oneLine('goal').describe('One line: what the learner can do after this lesson'),
    summary: z.string().trim().min(1, 'summary is empty: write 1-2 sentences').describe('1-2 sentences for meta description and search'),
    minutes: z.number().int().positive().max(240).describe('Reading + trying estimate, in minutes'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (LESSON_SLUGS[d.order] !== d.slug) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: `order ${d.order} is the lesson "${LESSON_SLUGS[d.order]}", not "${d.slug}"` });
    }
  });

/** LessonData is a lesson's validated frontmatter. */
export type LessonData = z.infer<typeof lessonSchema>;
