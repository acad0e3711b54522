// Scenarios for lesson 14: a generic helper that passes every situation of lessons 2 to 6.
import { callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

export default defineScenarios(
  callMatrix({
    entry: 'ActiveEmails',
    seed: 1414,
    args: (keep) => [{ kind: 'context' }, { kind: 'db' }, keep],
    callback: { kind: 'callback', returns: 'zero', trueFor: { kind: 'pick', table: 'users', column: 'email' } },
    queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM users', 12), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET email = NULL WHERE id = 25'], title: 'user 25 has a NULL e-mail' },
    panicItem: 4,
    slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
    burst: { calls: 50, concurrency: 50, maxOpen: 5, maxTotalWaitMs: 2000 },
  }),
);
