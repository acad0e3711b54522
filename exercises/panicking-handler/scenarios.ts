// Scenarios for lesson 5: a handler that panics between Query and Close, driven as net/http drives it.
import { connectionLostOnRow, defineScenarios, httpMatrix, missingTable, slow } from '../../src/grader/define.ts';

export default defineScenarios(
  httpMatrix({
    seed: 5005,
    calls: 10,
    construct: { func: 'UsersHandler', args: (label) => [{ kind: 'db' }, label] },
    routes: [{ path: '/users', query: { max: { kind: 'pick', table: 'users', column: 'id' } } }],
    queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM users', 3), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET name = NULL WHERE id = 2'], title: 'user 2 has a NULL name' },
    panicItem: 2,
    slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
    burst: { calls: 100, concurrency: 100, maxOpen: 5, maxTotalWaitMs: 5000 },
  }),
);
