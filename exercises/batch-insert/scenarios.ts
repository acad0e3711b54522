// Scenarios for lesson 7: unclosed *sql.Stmt leak server-side statements up to max_prepared_stmt_count.
import { callMatrix, defineScenarios, slow } from '../../src/grader/define.ts';

const names = { kind: 'list', of: { kind: 'pick', table: 'users', column: 'name' }, length: 5 } as const;

export default defineScenarios([
  ...callMatrix({
    entry: 'RecordLogins',
    seed: 7007,
    args: (action) => [{ kind: 'context' }, { kind: 'db' }, names, action],
    callback: { kind: 'callback', returns: 'echo' },
    queryError: {
      rule: { on: 'prepare', sql: 'INSERT INTO audit_log', times: 'always', inject: { kind: 'error', number: 1461, sqlState: '42000', message: "Can't create more than max_prepared_stmt_count statements (current value: 16382)" } },
      is: 'mysql:1461',
    },
    midIteration: {
      rule: { on: 'exec', sql: 'INSERT INTO audit_log', occurrence: 3, times: 'always', inject: { kind: 'drop' } },
      is: 'mysql.ErrInvalidConn',
      title: 'the connection is lost on the third insert of the batch',
    },
    scanError: { sql: ['UPDATE users SET email = NULL'], title: 'the users have no e-mail (NULL)' },
    panicItem: 2,
    slow: { rule: slow('INSERT INTO audit_log', 2000, 'exec'), deadlineMs: 300 },
    burst: { calls: 40, concurrency: 40, maxOpen: 4, maxTotalWaitMs: 2000 },
    extraChecks: [{ check: 'preparedOnce', perCall: 2 }],
  }),
  {
    name: 'thousand-calls/background',
    title: '1,000 calls on a server with max_prepared_stmt_count = 200',
    covers: ['other'],
    seed: 7070,
    seeds: 1,
    server: { variables: { max_prepared_stmt_count: 200 } },
    drive: { kind: 'call', entry: 'RecordLogins', args: [{ kind: 'context' }, { kind: 'db' }, { ...names, length: 2 }, { kind: 'callback', returns: 'echo' }], calls: 1000 },
    checks: [{ check: 'noLeaks' }, { check: 'correctResult' }],
  },
]);
