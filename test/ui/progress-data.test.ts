import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, emptyProgress, parseProgress, serializeProgress, starterChanged, starterHash, updateExercise } from '../../src/ui/progress/progress-data.ts';

const starter = 'package main\n\nfunc main() {}\n';

describe('progress data', () => {
  it('treats nothing saved as empty progress without a problem', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: { version: PROGRESS_VERSION, exercises: {} } });
  });

  it('round-trips saved progress through its text', () => {
    const p = updateExercise(emptyProgress(), 'first-match', starter, { code: 'package main // edited', hintsSeen: 2, passed: true, checked: true, cursor: { line: 4, col: 9 } });
    const back = parseProgress(serializeProgress(p));
    expect(back).toEqual({ ok: true, progress: p });
    expect(back.progress.exercises['first-match']!.starterHash).toBe(starterHash(starter));
  });

  it('reports text that is not JSON and resets', () => {
    const r = parseProgress('{"version":1,');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(/not valid JSON/);
    expect(r.progress.exercises).toEqual({});
  });

  it('reports an older format version by number', () => {
    const r = parseProgress(JSON.stringify({ version: 0, exercises: {} }));
    expect(r.ok ? '' : r.problem).toBe(`the saved progress has format version 0, this site reads version ${PROGRESS_VERSION}`);
  });

  it('names the damaged field of a well-formed but wrong document', () => {
    const good = updateExercise(emptyProgress(), 'transfer', starter, {});
    const bad = JSON.parse(serializeProgress(good));
    bad.exercises.transfer.hintsSeen = 7;
    const r = parseProgress(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(/^the saved progress is damaged at exercises\.transfer\.hintsSeen: /);
  });

  it('rejects unknown fields and non-object documents', () => {
    expect(parseProgress(JSON.stringify({ version: 1, exercises: {}, extra: 1 })).ok).toBe(false);
    expect(parseProgress('42').ok).toBe(false);
    expect(parseProgress('null').ok).toBe(false);
  });

  it('starts a new exercise from its starter and keeps other exercises when updating one', () => {
    const a = updateExercise(emptyProgress(), 'a', starter, { hintsSeen: 1 });
    const b = updateExercise(a, 'b', 'package main\n', { passed: true });
    expect(b.exercises.a).toEqual({ code: starter, starterHash: starterHash(starter), hintsSeen: 1, passed: false, checked: false, cursor: { line: 1, col: 1 } });
    expect(b.exercises.b!.passed).toBe(true);
    expect(a.exercises.b).toBeUndefined();
  });

  it('detects a starter that changed since the code was saved', () => {
    const p = updateExercise(emptyProgress(), 'a', starter, {});
    expect(starterChanged(p.exercises.a, starter)).toBe(false);
    expect(starterChanged(p.exercises.a, starter + '// v2\n')).toBe(true);
    expect(starterChanged(undefined, starter)).toBe(false);
  });

  it('hashes to 8 hex digits that differ for a one-character change', () => {
    expect(starterHash('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(starterHash('abc')).not.toBe(starterHash('abd'));
    expect(starterHash('')).toBe('811c9dc5');
  });
});
