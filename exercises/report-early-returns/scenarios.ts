// Scenarios for lesson 4: early returns (Scan error, validation failure) between Query and Close.
import { bothContexts, callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

const args = [{ kind: 'context' }, { kind: 'db' }, { kind: 'pick', table: 'users', column: 'id' }] as const;

export default defineScenarios([
  ...callMatrix({
    entry: 'UserReport',
    seed: 4004,
    args: (check) => [...args, check],
    callback: { kind: 'callback', returns: 'zero' },
    queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM users', 4), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET email = NULL WHERE id IN (20, 35, 48)'], title: 'three users have a NULL e-mail' },
    panicItem: 2,
    slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
    burst: { calls: 50, concurrency: 50, maxOpen: 5, maxTotalWaitMs: 2000 },
  }),
  ...bothContexts({
    name: 'check-fails',
    title: 'check rejects the second e-mail',
    covers: ['other'],
    seed: 4040,
    drive: { kind: 'call', entry: 'UserReport', args: [...args, { kind: 'callback', returns: 'zero', failOnItem: 2, message: 'not an e-mail address' }], calls: 5 },
    checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: 'callback' }],
  }),
]);
