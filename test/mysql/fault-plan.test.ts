import { describe, expect, it } from 'vitest';
import { parseFaultPlan, sqlMatches } from '../../src/mysql/fault-plan.ts';
import { FaultInjector } from '../../src/mysql/fault-injector.ts';

function plan(input: unknown) {
  const r = parseFaultPlan(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.plan;
}

describe('fault plan', () => {
  it('accepts every effect and fills in occurrence and times', () => {
    const p = plan({ rules: [
      { on: 'query', sql: 'FROM orders', inject: { kind: 'error', number: 1205, sqlState: 'HY000', message: 'Lock wait timeout exceeded; try restarting transaction' } },
      { on: 'row', row: 3, inject: { kind: 'drop' } },
      { on: 'connect', inject: { kind: 'latency', ms: 250 } },
      { on: 'idle', afterMs: 1000, inject: { kind: 'kill', what: 'connection' }, times: 'always' },
    ] });
    expect(p.rules[0]).toMatchObject({ occurrence: 1, times: 1 });
    expect(p.rules[3]!.times).toBe('always');
  });

  it('says what is wrong and where', () => {
    const r = parseFaultPlan({ rules: [
      { on: 'query', inject: { kind: 'error', number: 1205, sqlState: 'bad', message: 'x' } },
      { on: 'row', inject: { kind: 'drop' } },
      { on: 'sometimes', inject: { kind: 'drop' } },
      { on: 'query', sql: '/(unclosed/', inject: { kind: 'explode' } },
    ] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('fault plan: rules[0].inject.sqlState: SQLSTATE is five characters, like 42000 or HY000');
    expect(r.errors).toContain('fault plan: rules[1].row: a rule on "row" needs row (1-based)');
    expect(r.errors.some((e) => e.startsWith('fault plan: rules[2].on: '))).toBe(true);
    expect(r.errors).toContain('fault plan: rules[3].sql: not a valid /regex/');
    expect(r.errors.some((e) => e.startsWith('fault plan: rules[3].inject.kind: '))).toBe(true);
  });

  it('rejects a plan that is not an object with rules', () => {
    const r = parseFaultPlan([1, 2]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^fault plan: \(plan\): /);
  });

  it('matches SQL by substring or regex', () => {
    expect(sqlMatches('from ORDERS', 'SELECT * FROM orders')).toBe(true);
    expect(sqlMatches('/^select \\d/i', 'SELECT 1')).toBe(true);
    expect(sqlMatches('users', 'SELECT 1')).toBe(false);
    expect(sqlMatches(undefined, undefined)).toBe(true);
  });

  it('fires on the chosen occurrence for the chosen number of times', () => {
    const inj = new FaultInjector(plan({ rules: [{ on: 'exec', sql: 'UPDATE', occurrence: 2, times: 2, inject: { kind: 'drop' } }] }));
    const fired = [1, 2, 3, 4, 5].map(() => inj.check({ op: 'exec', sql: 'UPDATE t SET a=1' }) !== null);
    expect(fired).toEqual([false, true, true, false, false]);
    expect(inj.check({ op: 'query', sql: 'UPDATE t' })).toBeNull();
  });

  it('matches row rules only on their row', () => {
    const inj = new FaultInjector(plan({ rules: [{ id: 'r3', on: 'row', row: 3, inject: { kind: 'drop' } }] }));
    expect([1, 2, 3].map((row) => inj.check({ op: 'row', row })?.id ?? null)).toEqual([null, null, 'r3']);
  });
});
