// Scenarios for lesson 2: an early return out of a rows.Next() loop.
import { callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

export default defineScenarios(
  callMatrix({
    entry: 'FindUserID',
    seed: 2002,
    args: (match) => [{ kind: 'context' }, { kind: 'db' }, match],
    // match accepts one user, drawn per call, so the expected id changes with the seed.
    callback: { kind: 'callback', returns: 'zero', trueFor: { kind: 'pick', table: 'users', column: 'name' } },
    queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM users', 5), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET name = NULL WHERE id = 3'], title: 'user 3 has a NULL name' },
    panicItem: 2,
    slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
    burst: { calls: 50, concurrency: 50, maxOpen: 5, maxTotalWaitMs: 2000 },
  }),
);
