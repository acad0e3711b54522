import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCodeBlocks, isCompleteProgram, isGoFile } from '../../src/site/code-blocks';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures/go-blocks.mdx'), 'utf8');

describe('extractCodeBlocks', () => {
  it('finds every fenced block with its language, title and first content line', () => {
    const blocks = extractCodeBlocks(fixture);
    expect(blocks.map((b) => b.lang)).toEqual(['go', 'go', 'go', 'go', 'go', 'text']);
    expect(blocks[0].title).toBe('leaky.go');
    expect(blocks[0].meta).toBe('title="leaky.go" del={"leaks":3}');
    expect(blocks[0].line).toBe(8);
    expect(fixture.split('\n')[blocks[0].line - 1]).toBe('rows, err := db.Query("SELECT id FROM users")');
    expect(blocks[5].code).toBe('not go');
  });

  it('keeps a longer fence open across a shorter inner fence', () => {
    const src = ['````md', '```go', 'x := 1', '```', '````', 'after'].join('\n');
    const blocks = extractCodeBlocks(src);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].lang).toBe('md');
    expect(blocks[0].code).toBe('```go\nx := 1\n```');
  });

  it('ignores inline code spans that start a line', () => {
    expect(extractCodeBlocks('```rows.Close()``` is inline\n\ntext')).toHaveLength(0);
  });
});

describe('isCompleteProgram', () => {
  it('accepts package main after comments and rejects fragments and other packages', () => {
    expect(isCompleteProgram('// Command x.\npackage main\n\nfunc main() {}')).toBe(true);
    expect(isCompleteProgram('/* doc */\npackage main')).toBe(true);
    expect(isCompleteProgram('package store\n')).toBe(false);
    expect(isCompleteProgram('rows.Close()\n// package main')).toBe(false);
    expect(isGoFile('package store\n')).toBe(true);
    expect(isGoFile('defer rows.Close()')).toBe(false);
  });
});
