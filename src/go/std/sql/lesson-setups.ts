/**
 * lesson-setups: what a lesson's Run adds to the seeded course database so that its program meets the data
 * the lesson describes (tables the course database lacks, the one bad row, a slow query as a fault plan) and,
 * for servers, which requests the simulated clients send. A RunnableExample names one with `setup="..."`.
 */
import type { HttpSchedule } from '../http-server.ts';
import type { FaultPlan } from '../../../mysql/fault-plan.ts';

/**
 * LessonSetup is extra SQL run after seeding, an optional fault plan (the simulator's format, written out with its
 * defaults: a test checks that parseFaultPlan returns each one unchanged) and a client schedule.
 */
export interface LessonSetup { about: string; sql?: string[]; faults?: FaultPlan; clients?: HttpSchedule }

const ORDERS = [
  'DROP TABLE orders',
  'CREATE TABLE orders(id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(10,2) NOT NULL)',
  ...Array.from({ length: 30 }, (_, i) => `INSERT INTO orders(customer_id, total) VALUES (${1 + (i % 10)}, ${(12.5 + i * 7.25).toFixed(2)})`),
];

/** LESSON_SETUPS maps a setup name to its data, faults and clients. */
export const LESSON_SETUPS: Record<string, LessonSetup> = {
  'bad-email': {
    about: 'one user (id 51) has an email address without "@"; 12 clients GET /domains, 100 ms apart',
    sql: ["INSERT INTO users VALUES (51, 'user51', 'user51.example.test')"],
    clients: { requests: [{ method: 'GET', target: '/domains', count: 12, everyMs: 100 }] },
  },
  'user-by-id': {
    about: '12 clients GET /user?id=N (N = 1..12), 100 ms apart',
    clients: { requests: Array.from({ length: 12 }, (_, i) => ({ method: 'GET', target: `/user?id=${i + 1}`, atMs: i * 100 })) },
  },
  'slow-report': {
    about: 'orders has customer_id and total; the report query takes 30 s (a latency fault on SUM(total)); 12 clients GET /report, 100 ms apart, each giving up after 5 s',
    sql: ORDERS,
    faults: { rules: [{ on: 'query', sql: 'SUM(total)', occurrence: 1, times: 'always', inject: { kind: 'latency', ms: 30000 } }] },
    clients: { requests: [{ method: 'GET', target: '/report', count: 12, everyMs: 100 }], timeoutMs: 5000 },
  },
  'latest-order': {
    about: 'orders has customer_id and total; 12 clients GET /orders/latest?customer=7, then one GET /debug/db',
    sql: ORDERS,
    clients: { requests: [{ method: 'GET', target: '/orders/latest?customer=7', count: 12, everyMs: 100 }, { method: 'GET', target: '/debug/db', atMs: 1500 }], timeoutMs: 2000 },
  },
  metrics: {
    about: 'clients GET /metrics and /debug/vars',
    clients: { requests: [{ method: 'GET', target: '/metrics', atMs: 0 }, { method: 'GET', target: '/debug/vars', atMs: 100 }] },
  },
  capstone: {
    about: 'orders, order_items (one SKU shorter than three characters) and stock; clients hit every route, including an out-of-stock reservation',
    sql: [
      ...ORDERS,
      'CREATE TABLE order_items(order_id INT NOT NULL, sku VARCHAR(32) NOT NULL)',
      "INSERT INTO order_items VALUES (1, 'LMP-001'), (1, 'KTL-002'), (2, 'MUG-003'), (3, 'PN')",
      'CREATE TABLE stock(sku VARCHAR(32) PRIMARY KEY, stock INT NOT NULL)',
      "INSERT INTO stock VALUES ('LMP-001', 5), ('MUG-003', 0)",
    ],
    clients: {
      requests: [
        { method: 'GET', target: '/orders/latest?customer=7', count: 3, atMs: 0, everyMs: 100 },
        { method: 'GET', target: '/orders/categories?order=1', atMs: 300 },
        { method: 'GET', target: '/orders/categories?order=3', atMs: 400 },
        { method: 'POST', target: '/reserve?sku=LMP-001&qty=2', atMs: 500 },
        { method: 'POST', target: '/reserve?sku=MUG-003&qty=1', count: 3, atMs: 600, everyMs: 100 },
        { method: 'GET', target: '/admin/db', count: 3, atMs: 900, everyMs: 100 },
        { method: 'GET', target: '/orders/latest?customer=3', count: 3, atMs: 1200, everyMs: 100 },
      ],
      timeoutMs: 3000,
    },
  },
  payments: {
    about: 'a payments table of 5 amounts (in cents); the server ends the result with an error after the 3rd row',
    sql: [
      'CREATE TABLE payments(id INT AUTO_INCREMENT PRIMARY KEY, amount BIGINT NOT NULL)',
      'INSERT INTO payments(amount) VALUES (1200), (350), (9900), (4500), (150)',
    ],
    faults: { rules: [{ on: 'row', sql: 'FROM payments', row: 4, occurrence: 1, times: 1, inject: { kind: 'error', number: 1317, sqlState: '70100', message: 'Query execution was interrupted' } }] },
  },
  nightly: {
    about: 'a sessions table with 3 expired and 2 live rows (the simulated clock starts at 2000-01-01 00:00:00); no other instance holds the nightly lock',
    sql: [
      'CREATE TABLE sessions(id INT AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, expires_at DATETIME NOT NULL)',
      "INSERT INTO sessions(user_id, expires_at) VALUES (1, '1999-12-30 09:00:00'), (2, '1999-12-31 12:00:00'), (3, '1999-12-31 23:59:00'), (4, '2000-01-01 12:00:00'), (5, '2000-01-08 00:00:00')",
    ],
  },
  bank: {
    about: 'an accounts table: account 1 holds 1000, account 2 holds 250',
    sql: ['CREATE TABLE accounts(id INT PRIMARY KEY, balance BIGINT NOT NULL)', 'INSERT INTO accounts VALUES (1, 1000), (2, 250)'],
  },
  'active-users': {
    about: 'users has an active column (every third user inactive) and there is an audit table',
    sql: [
      'ALTER TABLE users ADD COLUMN active TINYINT NOT NULL DEFAULT 1',
      'UPDATE users SET active = 0 WHERE id % 3 = 0',
      'CREATE TABLE audit(id INT AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, action VARCHAR(32) NOT NULL)',
    ],
  },
};
