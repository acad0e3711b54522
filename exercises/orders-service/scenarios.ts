// Scenarios for the capstone: the orders service under faults, panics, slow queries and a load test.
import { connectionLostOnRow, defineScenarios, httpMatrix, missingTable, slow } from '../../src/grader/define.ts';

const routes = [
  { handler: 'LatestOrder', path: '/orders/latest', query: { user: { kind: 'pick', table: 'orders', column: 'user_id' } }, weight: 3 },
  { handler: 'ProductNames', path: '/products', query: { max: { kind: 'pick', table: 'products', column: 'id' } }, weight: 2 },
  { handler: 'Reserve', method: 'POST', path: '/reserve', query: { product: { kind: 'pick', table: 'products', column: 'id' }, qty: { kind: 'pick', table: 'orders', column: 'quantity' } }, weight: 2 },
  { handler: 'Health', path: '/health', weight: 1 },
] as const;
// A quarter of the products are out of stock, so Reserve takes its 409 path under every seed.
const dataset = { sql: ['UPDATE products SET stock = 0 WHERE id % 4 = 0'] };
const construct = { func: 'NewServer', args: (label: { kind: 'callback' }) => [{ kind: 'db' } as const, { kind: 'literal', value: 'app:secret@tcp(127.0.0.1:3306)/course' } as const, label] };

export default defineScenarios([
  ...httpMatrix({
    seed: 1515,
    calls: 24,
    dataset,
    construct,
    routes: [...routes],
    queryError: { rule: missingTable('FROM orders', 'orders'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM products', 3), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE users SET email = NULL WHERE id % 3 = 0'], title: 'a third of the users have a NULL e-mail' },
    panicItem: 2,
    slow: { rule: slow('SELECT', 2000), deadlineMs: 300 },
    // Concurrent reservations change the stock others read: results depend on the interleaving.
    burst: { calls: 100, concurrency: 100, maxOpen: 5, maxTotalWaitMs: 10000, compareResults: false },
    extraChecksAll: [{ check: 'onePool' }],
  }),
  {
    name: 'load-test',
    title: 'a load test: 400 requests, 50 at a time, on a pool of 5',
    covers: ['other'],
    seed: 1599,
    seeds: 2,
    dataset,
    pool: { maxOpen: 5 },
    drive: { kind: 'http', construct: { func: 'NewServer', args: construct.args({ kind: 'callback' }) }, routes: [...routes], calls: 400, concurrency: 50, clientTimeoutMs: 2000 },
    checks: [{ check: 'holdsUnderLoad', maxTotalWaitMs: 60000 }, { check: 'noLeaks' }, { check: 'onePool' }],
  },
]);
