import { describe, expect, it } from 'vitest';
import { splitDetailsSummary } from '../../src/site/mdx-details';

describe('splitDetailsSummary', () => {
  it('puts details and summary on lines of their own, keeping the indent', () => {
    expect(splitDetailsSummary('1. Q?\n\n<details><summary>Answer</summary>\n\nA.\n\n</details>\n')).toBe(
      '1. Q?\n\n<details>\n<summary>Answer</summary>\n\nA.\n\n</details>\n',
    );
    expect(splitDetailsSummary('   <details> <summary>Why</summary>\n')).toBe('   <details>\n   <summary>Why</summary>\n');
  });

  it('leaves a disclosure already split, and details in running text, alone', () => {
    const split = '<details>\n<summary>Answer</summary>\n\nA.\n</details>\n';
    expect(splitDetailsSummary(split)).toBe(split);
    const inline = 'Use <details><summary>x</summary> inside text.\n';
    expect(splitDetailsSummary(inline)).toBe(inline);
  });
});
