import { describe, expect, it } from 'vitest';
import { structureProblems } from '../../src/site/lesson-structure';

const answer = (n: number) => `${n}. Question ${n}?\n\n<details><summary>Answer</summary>\n\nBecause.\n\n</details>\n`;
const good = ["## What you'll be able to do", '', '- Fix it.', '', '## The bug', '', 'Text.', '', '## Check yourself', '', answer(1), answer(2), answer(3)].join('\n');

describe('structureProblems', () => {
  it('accepts a lesson that opens with its goals and ends with three answered questions', () => {
    expect(structureProblems(good)).toEqual([]);
    expect(structureProblems(good.replace("## What you'll be able to do", 'What you’ll be able to do after this:'))).toEqual([]);
  });

  it('asks for the opening, the closing section, and a third question', () => {
    expect(structureProblems(good.replace("## What you'll be able to do", '## Intro')).join()).toContain('open with');
    expect(structureProblems(good.replace('## Check yourself', '## Quiz')).join()).toContain('end the lesson with "## Check yourself"');
    expect(structureProblems(good.replace(answer(3), '')).join()).toContain('2 numbered question(s)');
  });

  it('finds a question without an answer, an unclosed disclosure and a page-title heading', () => {
    expect(structureProblems(good + '4. A fourth?\n').join()).toContain('4 questions but 3 <details>');
    expect(structureProblems(good.replace(/<\/details>\n$/, '')).join()).toContain('opens 3 <details> and closes 2');
    expect(structureProblems('# Title\n\n' + good)[0]).toContain('start headings at ##');
  });

  it('ignores headings and numbered lines inside code blocks', () => {
    const withCode = good.replace('Text.', '```md\n## Check yourself\n1. not a question\n```');
    expect(structureProblems(withCode)).toEqual([]);
  });
});
