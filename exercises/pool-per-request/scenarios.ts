// Scenarios for lesson 9: one long-lived *sql.DB, and every *sql.Conn closed.
import { connectionLostOnRow, defineScenarios, httpMatrix, missingTable, slow } from '../../src/grader/define.ts';

const routes = [
  { handler: 'UserCount', path: '/users/count' },
  { handler: 'Recent', path: '/users/recent', query: { n: { kind: 'pick', table: 'users', column: 'id' } } },
] as const;

const matrix = httpMatrix({
  seed: 9009,
  calls: 10,
  construct: { func: 'NewServer', args: (format) => [{ kind: 'db' }, { kind: 'literal', value: 'app:secret@tcp(127.0.0.1:3306)/course' }, format] },
  routes: [...routes],
  queryError: { rule: missingTable('FROM users', 'users'), is: 'mysql:1146' },
  midIteration: { rule: connectionLostOnRow('ORDER BY id DESC', 3), is: 'mysql.ErrInvalidConn' },
  scanError: { sql: ['UPDATE users SET name = NULL WHERE id = 49'], title: 'user 49 has a NULL name' },
  panicItem: 2,
  slow: { rule: slow('FROM users', 2000), deadlineMs: 300 },
  burst: { calls: 60, concurrency: 60, maxOpen: 5, maxTotalWaitMs: 5000 },
  extraChecksAll: [{ check: 'onePool' }],
});

export default defineScenarios([
  ...matrix,
  {
    name: 'two-hundred-requests',
    title: '200 requests on a server with max_connections = 20',
    covers: ['other'],
    seed: 9090,
    seeds: 2,
    pool: { maxOpen: 10 },
    server: { variables: { max_connections: 20 } },
    drive: {
      kind: 'http',
      construct: { func: 'NewServer', args: [{ kind: 'db' }, { kind: 'literal', value: 'app:secret@tcp(127.0.0.1:3306)/course' }, { kind: 'callback', returns: 'echo' }] },
      routes: [...routes],
      calls: 200,
      concurrency: 50,
    },
    checks: [{ check: 'holdsUnderLoad', maxTotalWaitMs: 10000 }, { check: 'noLeaks' }, { check: 'onePool' }],
  },
]);
