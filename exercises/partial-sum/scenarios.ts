// Scenarios for lesson 6: a result stream that breaks half-way must give an error, not a partial total.
import { callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

export default defineScenarios(
  callMatrix({
    entry: 'SumPayments',
    seed: 6006,
    dataset: {
      tables: [
        {
          name: 'payments',
          columns: [
            { name: 'id', sqlType: 'INT PRIMARY KEY', gen: { kind: 'seq' } },
            { name: 'user_id', sqlType: 'INT NOT NULL', gen: { kind: 'int', min: 1, max: 50 } },
            { name: 'amount_cents', sqlType: 'INT', gen: { kind: 'int', min: 100, max: 50000 } },
            { name: 'status', sqlType: 'VARCHAR(16) NOT NULL', gen: { kind: 'choice', values: ['paid', 'refunded', 'pending'] } },
          ],
          rows: 120,
        },
      ],
    },
    args: (include) => [{ kind: 'context' }, { kind: 'db' }, include],
    callback: { kind: 'callback', returns: 'zero', trueFor: { kind: 'literal', value: 'paid' } },
    queryError: { rule: missingTable('FROM payments', 'payments'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM payments', 40), is: 'mysql.ErrInvalidConn', title: 'the connection is lost on row 40 of 120' },
    scanError: { sql: ['UPDATE payments SET amount_cents = NULL WHERE id = 77'], title: 'payment 77 has a NULL amount' },
    panicItem: 5,
    slow: { rule: slow('FROM payments', 2000), deadlineMs: 300 },
    burst: { calls: 30, concurrency: 30, maxOpen: 3, maxTotalWaitMs: 2000 },
  }),
);
