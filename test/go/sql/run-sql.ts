/** runSql compiles and runs a Go program against the simulated course server (as the CLI does) and returns the run and its world. */
import { compile, runProgram, type RunResult } from '../../../src/go/index.ts';
import { simStack } from '../../../src/cli/sim-stack.ts';
import type { FaultPlan } from '../../../src/mysql/fault-plan.ts';
import type { World } from '../../../src/sim/world.ts';
import type { SqlEnv } from '../../../src/go/std/sql/index.ts';

/** runSql runs main.go text with the given seed and fault plan. */
export async function runSql(text: string, opts: { seed?: number; faults?: FaultPlan } = {}): Promise<RunResult & { world: World; env: SqlEnv }> {
  const sources = [{ name: 'main.go', text }];
  const c = compile(sources);
  if (!c.ok) throw new Error(c.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  const seed = opts.seed ?? 1;
  const { world, env } = await simStack({ seed, sources, ...(opts.faults ? { faults: opts.faults } : {}) });
  const r = runProgram(c.program, { seed, world });
  return { ...r, world, env };
}
