// Scenarios for lesson 3: an ignored Query error (nil *sql.Rows) and a swallowed rows.Err().
import { callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

export default defineScenarios(
  callMatrix({
    entry: 'CollectEmails',
    seed: 3003,
    args: (keep) => [{ kind: 'context' }, { kind: 'db' }, keep],
    // keep accepts one address, drawn per call.
    callback: { kind: 'callback', returns: 'zero', trueFor: { kind: 'pick', table: 'users', column: 'email' } },
    queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM users', 10), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET email = NULL WHERE id = 30'], title: 'user 30 has a NULL e-mail' },
    panicItem: 3,
    slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
    burst: { calls: 50, concurrency: 50, maxOpen: 5, maxTotalWaitMs: 2000 },
  }),
);
