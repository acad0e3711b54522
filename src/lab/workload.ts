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
 * ArrivalStream draws request arrival times (virtual nanoseconds, ascending) one at a time: a Poisson
 * process whose rate follows the shape, sampled by thinning from the seeded generator. Drawing lazily keeps
 * a 30-minute run's memory flat instead of holding every arrival up front.
 */
export class ArrivalStream {
  private readonly peak: number;
  private t = 0;
  private ended: boolean;

  constructor(private readonly shape: WorkloadShape, private readonly durationSec: number, private readonly rng: Rng) {
    this.peak = peakRate(shape);
    this.ended = !(this.peak > 0) || !(durationSec > 0);
  }

  /** next is the next arrival's instant, or Infinity once the run's duration is over. */
  next(): Nanos {
    if (this.ended) return Infinity;
    const { peak, shape, durationSec, rng } = this;
    for (;;) {
      this.t += -Math.log(1 - rng.float()) / peak;
      if (this.t >= durationSec) {
        this.ended = true;
        return Infinity;
      }
      if (rng.float() * peak < rateAt(shape, this.t, durationSec)) return Math.round(this.t * Second);
    }
  }
}

/** arrivals draws every arrival of a run at once (see ArrivalStream). */
export function arrivals(shape: WorkloadShape, durationSec: number, rng: Rng): Float64Array {
  const stream = new ArrivalStream(shape, durationSec, rng);
  const out: number[] = [];
  for (let at = stream.next(); at !== Infinity; at = stream.next()) out.push(at);
  return Float64Array.from(out);
}

/** LatencyModel is a query-time distribution: lognormal around a median, plus a share of slow queries. */
export interface LatencyModel { medianMs: number; p99Ms: number; slowShare: number; slowMs: number }

/** LATENCY_DIGITS is the precision of a drawn query time, in significant digits (4.37 ms, 123 ms). */
export const LATENCY_DIGITS = 3;
const SIGNIFICANT_LIMIT = 10 ** LATENCY_DIGITS;

/**
 * roundSignificant rounds a duration to LATENCY_DIGITS significant digits (at least 1 ns), so that a run's
 * statements repeat a few thousand distinct texts the server's per-text caches hold, not one per request.
 */
export function roundSignificant(ns: Nanos): Nanos {
  if (!(ns > 0)) return 0;
  let step = 1;
  while (ns >= SIGNIFICANT_LIMIT * step) step *= 10;
  return Math.round(ns / step) * step;
}

/** sampleLatency draws one query duration from the model: the slow time, or a lognormal draw to LATENCY_DIGITS digits. */
export function sampleLatency(m: LatencyModel, rng: Rng): Nanos {
  return latencySampler(m)(rng);
}

/** latencySampler is sampleLatency with the model's constants worked out once, for a run's many draws (same draws, same values). */
export function latencySampler(m: LatencyModel): (rng: Rng) => Nanos {
  const { medianMs, slowShare } = m;
  const slowNs = Math.round(m.slowMs * 1e6);
  // lognormal: p99 = median * exp(2.326 * sigma)
  const sigma = m.p99Ms > m.medianMs ? Math.log(m.p99Ms / m.medianMs) / 2.3263478740408408 : 0;
  return (rng) => {
    if (slowShare > 0 && rng.float() < slowShare) return slowNs;
    const u1 = 1 - rng.float();
    const u2 = rng.float();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return roundSignificant(Math.round(medianMs * Math.exp(sigma * z) * 1e6));
  };
}
