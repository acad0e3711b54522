import { describe, expect, it } from 'vitest';
import { checkLessonFile, splitFrontmatter } from '../../src/site/lesson-files';
import { LESSON_SLUGS, type LessonSlug } from '../../src/site/lesson-schema';
import { fileNameProblem, neighbours, orderProblems, sortLessons, type LessonRef } from '../../src/site/lessons';

const valid = `---
title: Rows that are never closed
slug: rows-never-closed
order: 2
goal: See why an early break or return leaks a connection.
summary: An early exit from a rows.Next() loop keeps the connection checked out.
minutes: 15
---

Body.
`;

const ref = (order: number, slug: string = LESSON_SLUGS[order]): LessonRef => ({
  id: slug,
  data: { title: slug, slug: slug as LessonSlug, order, goal: 'g', summary: 's', minutes: 5 },
});

describe('lesson frontmatter schema', () => {
  it('accepts the contract example and names the file rule', () => {
    const r = checkLessonFile('02-rows-never-closed.mdx', valid);
    expect(r.problems).toEqual([]);
    expect(r.data?.minutes).toBe(15);
  });

  it('rejects a missing field, an unknown slug, an unknown key and a slug that does not match its order', () => {
    expect(checkLessonFile('02-rows-never-closed.mdx', valid.replace(/^minutes: 15\n/m, '')).problems.join()).toContain('minutes');
    expect(checkLessonFile('02-x.mdx', valid.replace('slug: rows-never-closed', 'slug: rows-not-closed')).problems.join()).toContain('slug must be one of');
    expect(checkLessonFile('02-rows-never-closed.mdx', valid.replace('minutes: 15', 'minutes: 15\ndraft: true')).problems.join()).toMatch(/draft/);
    expect(checkLessonFile('02-rows-never-closed.mdx', valid.replace('order: 2', 'order: 3')).problems.join()).toContain('order 3 is the lesson "ignored-error"');
  });

  it('rejects a file whose name does not match NN-<slug>.mdx', () => {
    expect(checkLessonFile('2-rows-never-closed.mdx', valid).problems).toEqual([
      '2-rows-never-closed.mdx should be named 02-rows-never-closed.mdx (order 2, slug rows-never-closed)',
    ]);
    expect(fileNameProblem('02-rows-never-closed.mdx', { order: 2, slug: 'rows-never-closed' })).toBeUndefined();
  });

  it('reports a file without frontmatter', () => {
    expect(checkLessonFile('00-start-here.mdx', '# hi').problems[0]).toContain('no frontmatter');
  });

  it('tells where the body starts', () => {
    expect(splitFrontmatter(valid).bodyLine).toBe(9);
  });
});

describe('lesson order', () => {
  it('finds gaps, duplicates and a course that does not start at 0', () => {
    expect(orderProblems([ref(0), ref(1), ref(2)])).toEqual([]);
    expect(orderProblems([ref(0), ref(2)])).toEqual(['no lesson with order 1: orders jump from 0 to 2']);
    expect(orderProblems([ref(1), ref(1, 'other')])[0]).toContain('order 1 is used by both');
    expect(orderProblems([ref(1), ref(2)])).toEqual(['the first lesson has order 1: the course starts at 0']);
  });

  it('gives each lesson its neighbours in order, none before the first or after the last', () => {
    const ls = [ref(2), ref(0), ref(1)];
    expect(sortLessons(ls).map((l) => l.data.order)).toEqual([0, 1, 2]);
    expect(neighbours(ls, 'how-the-pool-works').prev?.data.slug).toBe('start-here');
    expect(neighbours(ls, 'how-the-pool-works').next?.data.slug).toBe('rows-never-closed');
    expect(neighbours(ls, 'start-here').prev).toBeUndefined();
    expect(neighbours(ls, 'rows-never-closed').next).toBeUndefined();
  });
});
