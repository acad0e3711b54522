import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sleepOf, sleepOfLiteral, sleepOfTokens } from '../../src/mysql/server.ts';
import { Second } from '../../src/sim/time.ts';

const pieces = [
  'SELECT', 'DO', 'sleep', 'SLEEP', 'Sleep', 'x', 'id', '_', '$', '@', '1', '0', '0.5', '.5', '1e2', '0x1', '12.', '-', '--', ' ',
  ' SLEEP(1)', 'SLEEP( 0.25 )', 'sleep (2', '\t', '\n', '(', ')', ',', '=', '<=', ';', '?', "'", '"', '`', '#', '/*', '*/', '.', 'SLEEPY', 'ſleep', '\u00a0',
];
const statement = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
const params = fc.array(fc.oneof(fc.constant(null), fc.double({ noNaN: true, min: -2, max: 5 }), fc.constant('0.25')), { maxLength: 4 });

describe('sleepOf', () => {
  it('reads the Pool Lab statements without the tokenizer, with the duration the tokenizer finds', () => {
    const q = 'SELECT id, user_id, total FROM orders WHERE SLEEP(0.012345) = 0 LIMIT 10';
    expect(sleepOfLiteral(q)).toEqual({ nanos: 12_345_000, only: false });
    expect(sleepOfTokens(q, [])).toEqual({ nanos: 12_345_000, only: false });
    const u = 'UPDATE accounts SET balance = balance - 1 WHERE SLEEP(0.002000) = 0';
    expect(sleepOfLiteral(u)).toEqual({ nanos: 2_000_000, only: false });
  });

  it('marks a statement that only sleeps', () => {
    expect(sleepOf('  select sleep ( 2 ) ', [])).toEqual({ nanos: 2 * Second, only: true });
    expect(sleepOf('DO SLEEP(1.5)', [])).toEqual({ nanos: 1.5 * Second, only: true });
    expect(sleepOf('SELECT SLEEP(1);', [])).toEqual({ nanos: Second, only: false });
  });

  it('leaves text with quotes, comments or a non-literal argument to the tokenizer', () => {
    expect(sleepOfLiteral("SELECT 'SLEEP(1)', SLEEP(2)")).toBeNull();
    expect(sleepOfLiteral('SELECT 1 -- SLEEP(1)\n')).toBeNull();
    expect(sleepOfLiteral('SELECT SLEEP(?)')).toBeNull();
    expect(sleepOfLiteral('SELECT SLEEP(0x10), SLEEP(1)')).toBeNull();
    expect(sleepOf("SELECT 'SLEEP(1)', SLEEP(2)", [])).toEqual({ nanos: 2 * Second, only: false });
    expect(sleepOf('SELECT SLEEP(?)', [0.5])).toEqual({ nanos: 0.5 * Second, only: true });
  });

  it('agrees with the tokenizer on every statement built from awkward pieces', () => {
    let literal = 0;
    fc.assert(
      fc.property(statement, params, (sql, ps) => {
        if (sleepOfLiteral(sql)) literal++;
        expect(sleepOf(sql, ps)).toEqual(sleepOfTokens(sql, ps));
      }),
      { numRuns: 20_000 },
    );
    expect(literal).toBeGreaterThan(0);
  });

  it('agrees with the tokenizer on arbitrary text around a SLEEP call', () => {
    let literal = 0;
    const around = fc.string({ maxLength: 12, unit: 'binary' });
    fc.assert(
      fc.property(around, fc.constantFrom('SLEEP(', 'sleep (', 'SLEEP( '), fc.constantFrom('1', '0.25', '0', '00.5', '3.'), around, (a, call, n, b) => {
        const sql = `${a}${call}${n})${b}`;
        if (sleepOfLiteral(sql)) literal++;
        expect(sleepOf(sql, [])).toEqual(sleepOfTokens(sql, []));
      }),
      { numRuns: 20_000 },
    );
    expect(literal).toBeGreaterThan(1000);
  });
});
