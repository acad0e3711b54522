import type { Rng } from '../sim/rng.ts';
import type { Nanos } from '../sim/time.ts';
import { Second } from '../sim/time.ts';

/** WorkloadShape is how the request rate varies over a run. */
export type WorkloadShape =
  | { kind: 'steady'; rps: number }
  | { kind: 'ramp'; fromRps: number; toRps: number }
  | { kind: 'burst'; baseRps: number; burstRps: number; everySec: number; burstSec: number };

/** rateAt is the request rate (per second) the shape asks for at tSec into a run of durationSec. */
export function rateAt(shape: WorkloadShape, tSec: number, durationSec: number): number {
  switch (shape.kind) {
    case 'steady': return shape.rps;
    case 'ramp': return shape.fromRps + (shape.toRps - shape.fromRps) * Math.min(1, Math.max(0, tSec / durationSec));
    case 'burst': {
      const phase = tSec % shape.everySec;
      // a burst closes each period, so a run starts at the base rate
      return phase >= shape.everySec - shape.burstSec ? shape.burstRps : shape.baseRps;
    }
  }
}

/** peakRate is the highest rate the shape reaches. */
export function peakRate(shape: WorkloadShape): number {
  switch (shape.kind) {
    case 'steady': return shape.rps;
    case 'ramp': return Math.max(shape.fromRps, shape.toRps);
    case 'burst': return Math.max(shape.baseRps, shape.burstRps);
  }
}

/**
 * arrivals draws request arrival times (virtual nanoseconds, ascending) for a run: a Poisson process
 * whose rate follows the shape, sampled by thinning from the seeded generator.
 */
export function arrivals(shape: WorkloadShape, durationSec: number, rng: Rng): Float64Array {
  const peak = peakRate(shape);
  if (!(peak > 0) || !(durationSec > 0)) return new Float64Array(0);
  let out = new Float64Array(Math.ceil(peak * durationSec * 1.1) + 16);
  let n = 0;
  let t = 0;
  for (;;) {
    t += -Math.log(1 - rng.float()) / peak;
    if (t >= durationSec) break;
    if (rng.float() * peak < rateAt(shape, t, durationSec)) {
      if (n === out.length) {
        const bigger = new Float64Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      out[n++] = Math.round(t * Second);
    }
  }
  return out.slice(0, n);
}

/** LatencyModel is a query-time distribution: lognormal around a median, plus a share of slow queries. */
export interface LatencyModel { medianMs: number; p99Ms: number; slowShare: number; slowMs: number }

/** sampleLatency draws one query duration from the model. */
export function sampleLatency(m: LatencyModel, rng: Rng): Nanos {
  if (m.slowShare > 0 && rng.float() < m.slowShare) return Math.round(m.slowMs * 1e6);
  // lognormal: p99 = median * exp(2.326 * sigma)
  const sigma = m.p99Ms > m.medianMs ? Math.log(m.p99Ms / m.medianMs) / 2.3263478740408408 : 0;
  const u1 = 1 - rng.float();
  const u2 = rng.float();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0, Math.round(m.medianMs * Math.exp(sigma * z) * 1e6));
}
