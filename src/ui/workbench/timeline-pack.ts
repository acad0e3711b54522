/**
 * timeline-pack: a Check's report crosses from the worker without its event timelines (a report can hold
 * tens of thousands of events, megabytes to structured-clone on the page's thread). Each scenario's timeline
 * travels as UTF-8 JSON in its own transferable ArrayBuffer, and the page decodes one only when a pool view
 * asks for it.
 */
import type { GradeReport } from '../../grader/report.ts';
import type { SimEvent } from '../../sim/events.ts';

/** PackedReport is a report whose scenarios' timelines are empty, with those timelines as buffers in scenario order. */
export interface PackedReport { report: GradeReport; timelines: ArrayBuffer[] }

/** packTimelines takes the timelines out of a report into transferable buffers (the report itself is not changed). */
export function packTimelines(report: GradeReport): PackedReport {
  const enc = new TextEncoder();
  const timelines = report.scenarios.map((s) => {
    const bytes = enc.encode(JSON.stringify(s.timeline));
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
  });
  return { report: { ...report, scenarios: report.scenarios.map((s) => ({ ...s, timeline: [] })) }, timelines };
}

/** Timelines decodes a packed report's timelines on demand, each once. */
export class Timelines {
  private readonly decoded = new Map<number, readonly SimEvent[]>();

  constructor(private readonly report: GradeReport, private readonly buffers: readonly ArrayBuffer[]) {}

  /** of returns the timeline of the scenario at index i (empty when there is none). */
  of(i: number): readonly SimEvent[] {
    let t = this.decoded.get(i);
    if (!t) {
      const b = this.buffers[i];
      t = b ? (JSON.parse(new TextDecoder().decode(b)) as SimEvent[]) : [];
      this.decoded.set(i, t);
    }
    return t;
  }

  /** byName returns the timeline of the scenario with that name (empty when there is none). */
  byName(name: string): readonly SimEvent[] {
    const i = this.report.scenarios.findIndex((s) => s.name === name);
    return i < 0 ? [] : this.of(i);
  }
}
