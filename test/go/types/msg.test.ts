// The checker's error texts live in the `go:diag` chunk (src/go/types/messages.ts); error sites name them by number
// through msg (src/go/types/msg.ts). Without the chunk a message is a placeholder and the compile records go:diag.
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../../src/go/index.ts';
import { typesHooks } from '../../../src/go/types/hooks.ts';
import { MESSAGES } from '../../../src/go/types/messages.ts';
import { msg } from '../../../src/go/types/msg.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';
import { syntaxHooks } from '../../../src/go/syntax/hooks.ts';

const full = typesHooks.diag;
const texts = syntaxHooks.texts;
afterEach(() => { typesHooks.diag = full; syntaxHooks.texts = texts; });

describe('msg', () => {
  it('builds a message from the values its site computed', () => {
    const id = MESSAGES.findIndex((f) => f(['x']) === 'declared and not used: x');
    expect(id).toBeGreaterThanOrEqual(0);
    expect(msg(id, 'count')).toBe('declared and not used: count');
  });

  it('records go:diag and gives a placeholder while the diagnostics chunk is not loaded', () => {
    typesHooks.diag = undefined;
    const before = lateCount();
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tx := 1\n}\n' }]);
    expect(r.ok).toBe(false);
    expect(lateCount()).toBeGreaterThan(before);
    expect(lateKeys()).toContain('go:diag');
    typesHooks.diag = full;
    const again = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tx := 1\n}\n' }]);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.diagnostics.map(formatDiagnostic)).toEqual(['main.go:4:2: declared and not used: x']);
  });

  it('keeps the unknown-package diagnostic inline: it must read right before anything is loaded', () => {
    typesHooks.diag = undefined;
    const before = lateCount();
    const r = compile([{ name: 'main.go', text: 'package main\n\nimport "nosuch/pkg"\n\nfunc main() {}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toEqual(['main.go:3:8: not supported in this course runtime: package nosuch/pkg']);
    expect(lateCount()).toBe(before);
  });

  it('gives syntax errors their text the same way (src/go/syntax/texts.ts), recording go:diag while it is not loaded', () => {
    const src = [{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tx := 1 +\n}\n/* open' }];
    syntaxHooks.texts = undefined;
    const before = lateCount();
    const r = compile(src);
    expect(r.ok).toBe(false);
    expect(lateCount()).toBeGreaterThan(before);
    syntaxHooks.texts = texts;
    const again = compile(src);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.diagnostics.map(formatDiagnostic)).toEqual(['main.go:5:1: syntax error: unexpected }, expected expression', 'main.go:6:1: comment not terminated']);
  });
});
