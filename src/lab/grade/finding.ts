/**
 * Lesson 12's exercise: a service with three endpoints, one of which leaks from some minute on. Which
 * endpoint, and what kind of leak? Both are drawn from the seed, so the answer cannot be memorised; the
 * evidence is in the run: InUse against each endpoint's traffic, the process list, INNODB_TRX, the log.
 */
import { z } from 'zod';
import { Rng } from '../../sim/rng.ts';
import { DEFAULT_CONFIG, type LabConfig } from '../config.ts';
import type { WorkloadShape } from '../workload.ts';
import { check, makeReport, type LabGradeReport } from './report.ts';

/** FINDING_ROUTES are the service's three endpoints. */
export const FINDING_ROUTES = ['GET /orders/latest', 'GET /customers/{id}', 'POST /checkout'] as const;

/** LeakKind is what the learner can name: leaked Rows, a leaked Tx, or Rows leaked by a panic. */
export const LEAK_KINDS = ['rows', 'tx', 'panic'] as const;
/** LeakKindName is one of LEAK_KINDS. */
export type LeakKindName = (typeof LEAK_KINDS)[number];

/** LEAK_KIND_TITLES says each kind in words. */
export const LEAK_KIND_TITLES: Record<LeakKindName, string> = {
  rows: 'Rows not closed on an early return',
  tx: 'Transaction left open on an error path',
  panic: 'Panic after Query, before Close (no defer)',
};

/** FindingAnswerSchema is the answer: an endpoint of the service and a kind of leak. */
export const FindingAnswerSchema = z.object({
  endpoint: z.enum(FINDING_ROUTES, { error: `endpoint must be one of: ${FINDING_ROUTES.join(', ')}` }),
  kind: z.enum(LEAK_KINDS, { error: `kind must be one of: ${LEAK_KINDS.join(', ')}` }),
}).strict();
/** FindingAnswer is a validated answer. */
export type FindingAnswer = z.infer<typeof FindingAnswerSchema>;

/** FindingTruth is what the seed drew. */
export interface FindingTruth { endpoint: number; kind: LeakKindName; startSec: number }

const SHAPES: WorkloadShape[] = [
  { kind: 'steady', rps: 10 },
  { kind: 'ramp', fromRps: 2, toRps: 24 },
  { kind: 'burst', baseRps: 3, burstRps: 40, everySec: 60, burstSec: 15 },
];

/** findingTruth draws the leaking endpoint, the kind and the minute it starts from the seed. */
export function findingTruth(seed: number): FindingTruth {
  const rng = new Rng(seed).fork('lab-finding');
  return { endpoint: Math.floor(rng.float() * 3), kind: LEAK_KINDS[Math.floor(rng.float() * 3)], startSec: 60 + 15 * Math.floor(rng.float() * 5) };
}

/** findingConfig is the run the learner investigates for a seed (the traffic shapes are dealt to the endpoints by the seed too). */
export function findingConfig(seed: number): LabConfig {
  const truth = findingTruth(seed);
  const rng = new Rng(seed).fork('lab-finding-traffic');
  const shapes = [...SHAPES];
  for (let i = shapes.length - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    [shapes[i], shapes[j]] = [shapes[j], shapes[i]];
  }
  const kind = truth.kind === 'rows' ? 'rowsLeak' : truth.kind === 'tx' ? 'txLeak' : 'panicNoDefer';
  return {
    ...DEFAULT_CONFIG,
    seed,
    durationSec: 480,
    pool: { maxOpen: 30, maxIdle: 30, maxLifetimeSec: 300, maxIdleTimeSec: 120 },
    endpoints: FINDING_ROUTES.map((route, i) => ({ route, workload: shapes[i] })),
    workload: shapes[0],
    latency: { medianMs: 20, p99Ms: 120, slowShare: 0, slowMs: 2000 },
    deadlineMs: 2000,
    bug: { kind, percent: 2, startSec: truth.startSec, endpoint: truth.endpoint },
  };
}

const KIND_EVIDENCE: Record<LeakKindName, string> = {
  panic: 'net/http logs every panic it recovers, with the handler in the stack trace: look at the service\'s log.',
  tx: 'a leaked transaction keeps a transaction open on its Sleep session: look for the sessions in information_schema.INNODB_TRX.',
  rows: 'leaked Rows leave Sleep sessions with no transaction open and nothing in the log.',
};

/** gradeFinding compares an answer with what the seed drew; a wrong part says where to look, not the answer. */
export function gradeFinding(seed: number, input: unknown): LabGradeReport {
  const parsed = FindingAnswerSchema.safeParse(input);
  if (!parsed.success) {
    return makeReport('lab-find-the-leak', 'finding', seed, [], parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'answer', message: i.message })));
  }
  const a = parsed.data;
  const truth = findingTruth(seed);
  const endpointOk = FINDING_ROUTES.indexOf(a.endpoint) === truth.endpoint;
  const endpoint = endpointOk ? [] : [{ message: `${a.endpoint} does not leak in this run. A leak adds one held connection per leaking request: compare the slope of InUse, from the moment it starts climbing, with each endpoint's requests per second.` }];
  const kindOk = a.kind === truth.kind;
  const kindEvidence = kindOk ? [] : [{ message: `Not ${LEAK_KIND_TITLES[a.kind].toLowerCase()}: ${KIND_EVIDENCE[a.kind]}` }];
  const checks = [check('endpoint', endpoint), check('leakKind', kindEvidence)];
  const scenario = { name: `service-${seed}`, title: `The service's run (seed ${seed})`, seed, passed: endpointOk && kindOk, checks };
  return makeReport('lab-find-the-leak', 'finding', seed, [scenario]);
}
