// The golden file format and the stderr normalisation shared by the recorder, the harness and the oracle.
import { describe, expect, it } from 'vitest';
import { normaliseStderr, parseBlock, renderBlock, splitGolden } from './golden-file.ts';

describe('golden file format', () => {
  it('round-trips stdout, stderr, exit code and missing final newlines through the comment block', () => {
    for (const e of [
      { stdout: 'a\n\nb\n', stderr: '', exit: 0 },
      { stdout: '', stderr: '', exit: 0 },
      { stdout: 'partial', stderr: 'panic: x\n\ngoroutine 1 [running]:\n', exit: 2 },
      { stdout: '  indented\n//x\n', stderr: 'no newline', exit: 1 },
    ]) {
      expect(parseBlock(renderBlock(e))).toEqual(e);
    }
  });

  it('splits the program from its trailing block, keeping comments inside the program', () => {
    const src = 'package main\n\n// a comment\nfunc main() {}\n';
    const { source, block } = splitGolden(src + '\n' + renderBlock({ stdout: 'hi\n', stderr: '', exit: 3 }));
    expect(source.trimEnd()).toBe(src.trimEnd());
    expect(parseBlock(block!)).toEqual({ stdout: 'hi\n', stderr: '', exit: 3 });
    expect(splitGolden(src).block).toBeNull();
  });

  it('normalises only build headers, paths, pc offsets, addresses, frame arguments and goroutine ids', () => {
    const real = [
      '# command-line-arguments',
      './main.go:4:2: declared and not used: x',
      '\t./main.go:8:7: previous case',
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x466dac]',
      '',
      'goroutine 18 [running]:',
      'main.worker(0xc000012345, 0x3)',
      '\t/tmp/leakproof-golden-x/main.go:12 +0x1d',
      'sync.(*WaitGroup).Wait(0x0?)',
      '\t/usr/lib/go-1.23/src/sync/waitgroup.go:118 +0x48',
      'created by main.main in goroutine 1',
      'exit status 2',
    ].join('\n');
    expect(normaliseStderr(real)).toBe([
      'main.go:4:2: declared and not used: x',
      '\tmain.go:8:7: previous case',
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]',
      '',
      'goroutine N [running]:',
      'main.worker(...)',
      '\tmain.go:12',
      'sync.(*WaitGroup).Wait(...)',
      '\t$GOROOT/src/sync/waitgroup.go:118',
      'created by main.main in goroutine 1',
    ].join('\n'));
  });

  it('leaves program text that merely looks like a path or an offset alone', () => {
    expect(normaliseStderr('value +0x10 is fine\nhello world (x)\n')).toBe('value +0x10 is fine\nhello world (x)\n');
  });
});
