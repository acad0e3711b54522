import { describe, expect, it } from 'vitest';
import { checkLessonFile, splitFrontmatter } from '../../src/site/lesson-files';
import { structureProblems } from '../../src/site/lesson-structure';
import { extractLinks, linkProblem } from '../../src/site/links';
import { LESSON_SLUGS } from '../../src/site/lesson-schema';
import { orderProblems } from '../../src/site/lessons';
import { mdxToMdast } from 'satteri';
import { splitDetailsSummary } from '../../src/site/mdx-details';
import { buildSiteMap, dynamicRoutes, lessonFiles, readRepo, sitePages } from './site-files';

// The real content: every lesson in lessons/ and every page in src/pages/.
describe('the lessons in lessons/', () => {
  const files = lessonFiles();
  const checks = files.map((f) => checkLessonFile(f, readRepo(`lessons/${f}`)));

  it('has lesson files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(checks.map((c) => [c.fileName, c] as const))('%s has valid frontmatter and file name', (_name, c) => {
    expect(c.problems).toEqual([]);
  });

  it.each(files)('%s parses as MDX (as the site build reads it)', (f) => {
    expect(() => mdxToMdast(splitDetailsSummary(readRepo(`lessons/${f}`)))).not.toThrow();
  });

  it.each(files)('%s opens with its goals and ends with at least three answered Check yourself questions', (f) => {
    expect(structureProblems(splitFrontmatter(readRepo(`lessons/${f}`)).body)).toEqual([]);
  });

  it('has one lesson for every slug of the course, in the planned order', () => {
    expect(checks.map((c) => c.data?.slug)).toEqual([...LESSON_SLUGS]);
  });

  it('numbers the lessons from 0 with no gaps or duplicates', () => {
    const refs = checks.filter((c) => c.data).map((c) => ({ id: c.data!.slug, data: c.data! }));
    expect(orderProblems(refs)).toEqual([]);
  });
});

describe('every internal link in lessons and pages resolves', () => {
  const pages = sitePages();
  const site = buildSiteMap(pages);
  const dynamic = dynamicRoutes();
  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const problems = extractLinks(readRepo(page.file))
      .map((l) => ({ l, p: linkProblem(l.url, site, page.path, dynamic) }))
      .filter((x) => x.p)
      .map((x) => `${page.file}:${x.l.line}: ${x.p}`);
    expect(problems).toEqual([]);
  });
});
