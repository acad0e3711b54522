import { stripCode } from './links.ts';

const OPENING = /^what you['’]ll be able to do$/i;

/** structureProblems checks a lesson body against the contract: headings from ## down, it opens with "What you'll
 * be able to do", ends with "## Check yourself" holding at least three numbered questions, each answered in a
 * <details> disclosure. It returns the problems, worded as what to change. */
export function structureProblems(body: string): string[] {
  const problems: string[] = [];
  const lines = stripCode(body).split('\n');
  const headings = lines
    .map((text, k) => ({ m: /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text), line: k + 1 }))
    .filter((h) => h.m)
    .map((h) => ({ level: h.m![1].length, text: h.m![2], line: h.line }));
  for (const h of headings.filter((x) => x.level === 1)) {
    problems.push(`line ${h.line}: "# ${h.text}" is a page title: the layout prints the title, so start headings at ##`);
  }
  const h2 = headings.filter((x) => x.level === 2);
  if (h2.length === 0 || !OPENING.test(h2[0].text)) {
    const opening = lines.slice(0, h2[0]?.line ?? lines.length).join('\n');
    if (!/what you['’]ll be able to do/i.test(opening)) {
      problems.push(`the lesson should open with "What you'll be able to do" (a ## heading or a first paragraph), before "${h2[0]?.text ?? 'the end'}"`);
    }
  }
  const last = h2[h2.length - 1];
  if (!last || last.text !== 'Check yourself') {
    problems.push(`the last ## heading is "${last?.text ?? '(none)'}": end the lesson with "## Check yourself"`);
    return problems;
  }
  const section = lines.slice(last.line);
  const questions = section.filter((l) => /^\d+\.\s+\S/.test(l)).length;
  const answers = section.filter((l) => /<details>/.test(l)).length;
  const summaries = section.filter((l) => /<summary>[^<]+<\/summary>/.test(l)).length;
  if (questions < 3) problems.push(`"Check yourself" has ${questions} numbered question(s): write at least three`);
  if (answers < questions) problems.push(`"Check yourself" has ${questions} questions but ${answers} <details> answers: put each answer behind <details><summary>Answer</summary>`);
  if (summaries < answers) problems.push(`"Check yourself" has ${answers} <details> but ${summaries} <summary>: give each a <summary>Answer</summary>`);
  const closes = section.filter((l) => /<\/details>/.test(l)).length;
  if (closes !== answers) problems.push(`"Check yourself" opens ${answers} <details> and closes ${closes}`);
  return problems;
}
