/** CodeBlock is one fenced code block of a Markdown/MDX file. */
export interface CodeBlock {
  /** lang is the info string's first word (`go`, `text`, ...). */
  lang: string;
  /** meta is the rest of the info string (`title="leaky.go" del={"leaks":9}`). */
  meta: string;
  /** title is the meta's title="..." value, if any. */
  title?: string;
  /** code is the block's content without the fences. */
  code: string;
  /** line is the 1-based line, in the source file, of the block's first content line. */
  line: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** extractCodeBlocks returns every fenced code block of a Markdown/MDX text, in order. */
export function extractCodeBlocks(source: string): CodeBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]);
    if (!open || (open[2][0] === '`' && open[3].includes('`'))) {
      i++;
      continue;
    }
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(indent ? lines[j].replace(new RegExp(`^ {0,${indent.length}}`), '') : lines[j]);
    }
    const trimmed = info.trim();
    const space = trimmed.search(/\s/);
    const lang = space < 0 ? trimmed : trimmed.slice(0, space);
    const meta = space < 0 ? '' : trimmed.slice(space + 1).trim();
    const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(meta);
    blocks.push({ lang, meta, title: title ? (title[1] ?? title[2]) : undefined, code: body.join('\n'), line: i + 2 });
    i = j + 1;
  }
  return blocks;
}

/** isCompleteProgram reports whether Go source is a whole `package main` file (comments before the clause allowed). */
export function isCompleteProgram(code: string): boolean {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*package\s+main\b/.test(stripped);
}

/** isGoFile reports whether Go source starts with a package clause (a whole file, main or not). */
export function isGoFile(code: string): boolean {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*package\s+\w+/.test(stripped);
}
