import { parse } from 'yaml';
import { lessonSchema, type LessonData } from './lesson-schema.ts';
import { fileNameProblem } from './lessons.ts';

/** Frontmatter is a Markdown file split into its YAML data and its body. */
export interface Frontmatter {
  data: unknown;
  body: string;
  /** bodyLine is the 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** splitFrontmatter separates the leading `---` YAML block from the body; data is undefined when there is none. */
export function splitFrontmatter(source: string): Frontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: undefined, body: source, bodyLine: 1 };
  return { data: parse(m[1]), body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** LessonFileCheck is the result of validating one lesson file. */
export interface LessonFileCheck {
  fileName: string;
  data?: LessonData;
  problems: string[];
}

/** checkLessonFile validates a lesson file's frontmatter against the schema and its name against NN-<slug>.mdx. */
export function checkLessonFile(fileName: string, source: string): LessonFileCheck {
  let fm: Frontmatter;
  try {
    fm = splitFrontmatter(source);
  } catch (e) {
    return { fileName, problems: [`${fileName}: the frontmatter is not valid YAML (${(e as Error).message.split('\n')[0]}): put a value that contains ": " in quotes`] };
  }
  if (fm.data === undefined) return { fileName, problems: [`${fileName}: no frontmatter: start the file with a --- block (title, slug, order, goal, summary, minutes)`] };
  const r = lessonSchema.safeParse(fm.data);
  if (!r.success) {
    return { fileName, problems: r.error.issues.map((i) => `${fileName}: ${i.path.join('.') || 'frontmatter'}: ${i.message}`) };
  }
  const named = fileNameProblem(fileName, r.data);
  return { fileName, data: r.data, problems: named ? [named] : [] };
}
