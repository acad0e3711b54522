import { LESSON_SLUGS, type LessonData } from './lesson-schema.ts';

/** LessonRef is the part of a lesson entry the site's navigation needs. */
export interface LessonRef {
  id: string;
  data: LessonData;
}

/** lessonUrl is the site URL of a lesson: /lessons/<slug>/. */
export function lessonUrl(slug: string): string {
  return `/lessons/${slug}/`;
}

/** sortLessons returns lessons by their order field. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** orderProblems lists what is wrong with the course's ordering: gaps, duplicates, a missing first lesson. */
export function orderProblems(lessons: readonly LessonRef[]): string[] {
  const problems: string[] = [];
  const sorted = sortLessons(lessons);
  const seen = new Map<number, string>();
  for (const l of sorted) {
    const other = seen.get(l.data.order);
    if (other) problems.push(`order ${l.data.order} is used by both "${other}" and "${l.data.slug}": give each lesson its own number`);
    seen.set(l.data.order, l.data.slug);
  }
  const orders = [...seen.keys()];
  if (orders.length > 0 && orders[0] !== 0) problems.push(`the first lesson has order ${orders[0]}: the course starts at 0`);
  for (let k = 1; k < orders.length; k++) {
    if (orders[k] !== orders[k - 1] + 1) problems.push(`no lesson with order ${orders[k - 1] + 1}: orders jump from ${orders[k - 1]} to ${orders[k]}`);
  }
  return problems;
}

/** fileNameProblem checks that a lesson file is named NN-<slug>.mdx for its order and slug; it returns the problem or undefined. */
export function fileNameProblem(fileName: string, data: Pick<LessonData, 'order' | 'slug'>): string | undefined {
  const expected = `${String(data.order).padStart(2, '0')}-${data.slug}.mdx`;
  return fileName === expected ? undefined : `${fileName} should be named ${expected} (order ${data.order}, slug ${data.slug})`;
}

/** Neighbours are the lessons before and after one lesson. */
export interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/** neighbours returns the previous and next lessons of the lesson with the given slug. */
export function neighbours<T extends LessonRef>(lessons: readonly T[], slug: string): Neighbours<T> {
  const sorted = sortLessons(lessons);
  const k = sorted.findIndex((l) => l.data.slug === slug);
  if (k < 0) return {};
  return { prev: sorted[k - 1], next: sorted[k + 1] };
}

/** courseLength is the number of lessons the course plans (LESSON_SLUGS). */
export const courseLength = LESSON_SLUGS.length;
