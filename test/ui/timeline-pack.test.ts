// A Check's report crosses from the worker with its timelines packed into transferable buffers; unpacked on
// demand they must be exactly the events the grader recorded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadExercise } from '../../src/grader/loader.ts';
import { gradeSubmission } from '../../src/grader/grade.ts';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { packTimelines, Timelines } from '../../src/ui/workbench/timeline-pack.ts';
import { readExercise } from '../exercises/read-exercise.ts';

describe('timeline packing', () => {
  it('takes every timeline out of the report into buffers and gives back the same events, each decoded once', async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
    const sqljs = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
    const r = loadExercise(await readExercise('first-match'));
    if (!r.ok) throw new Error('first-match does not load');
    const report = gradeSubmission(createGoEngine(sqljs), r.exercise, r.exercise.starter);
    const before = JSON.stringify(report);
    const packed = packTimelines(report);
    expect(JSON.stringify(report)).toBe(before); // the original report is untouched
    expect(packed.timelines).toHaveLength(report.scenarios.length);
    expect(packed.report.scenarios.every((s) => s.timeline.length === 0)).toBe(true);
    expect({ ...packed.report, scenarios: packed.report.scenarios.map((s) => ({ ...s, timeline: undefined })) })
      .toEqual({ ...report, scenarios: report.scenarios.map((s) => ({ ...s, timeline: undefined })) });
    // What the page receives: a structured clone of the report and the buffers.
    const t = new Timelines(structuredClone(packed.report), packed.timelines.map((b) => b.slice(0)));
    report.scenarios.forEach((s, i) => {
      expect(s.timeline.length, s.name).toBeGreaterThan(0);
      expect(t.of(i), s.name).toEqual(s.timeline);
    });
    const burst = report.scenarios.findIndex((s) => s.name === 'burst/background');
    expect(t.byName('burst/background')).toBe(t.of(burst));
    expect(t.byName('no such scenario')).toEqual([]);
  }, 120_000);
});
