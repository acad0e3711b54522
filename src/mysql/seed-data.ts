import type { SqlEngine } from './sql-engine.ts';

/** SeedOptions sizes the default `course` database; users matches the fidelity traces (50 rows, user01...). */
export interface SeedOptions { users?: number; products?: number; orders?: number; auditLog?: number }

/** SeedRng is the part of sim's Rng the generator uses. */
export interface SeedRng { int(n: number): number }

const PRODUCTS = ['lamp', 'kettle', 'chair', 'desk', 'mug', 'pen', 'cable', 'shelf', 'clock', 'plant'];
const STATUSES = ['new', 'paid', 'shipped', 'cancelled'];
const ACTIONS = ['login', 'logout', 'order.create', 'order.cancel', 'profile.update'];

/** COURSE_SCHEMA is the DDL of the default database, in MySQL's dialect. */
export const COURSE_SCHEMA = [
  'CREATE TABLE users(id INT PRIMARY KEY, name VARCHAR(64), email VARCHAR(128))',
  'CREATE TABLE products(id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(64) NOT NULL, price_cents INT NOT NULL, stock INT NOT NULL)',
  'CREATE TABLE orders(id INT AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, product_id INT NOT NULL, quantity INT NOT NULL, status VARCHAR(16) NOT NULL, created_at DATETIME NOT NULL)',
  'CREATE TABLE audit_log(id INT AUTO_INCREMENT PRIMARY KEY, user_id INT, action VARCHAR(64) NOT NULL, created_at DATETIME NOT NULL)',
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function stamp(secondsAfterEpoch: number): string {
  // Seed rows are dated in 1999, before the virtual clock's 2000-01-01 start.
  const d = new Date(Date.UTC(1999, 0, 1) + secondsAfterEpoch * 1000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** seedCourseDatabase creates and fills users, products, orders and audit_log from a seeded stream. */
export function seedCourseDatabase(engine: SqlEngine, rng: SeedRng, opts: SeedOptions = {}): void {
  const users = opts.users ?? 50;
  const products = opts.products ?? 20;
  const orders = opts.orders ?? 200;
  const audit = opts.auditLog ?? 100;
  for (const ddl of COURSE_SCHEMA) engine.run(ddl, []);
  engine.run('BEGIN', []);
  for (let i = 1; i <= users; i++) engine.run('INSERT INTO users VALUES (?, ?, ?)', [i, `user${two(i)}`, `user${two(i)}@example.test`]);
  for (let i = 1; i <= products; i++) {
    const name = `${PRODUCTS[(i - 1) % PRODUCTS.length]} ${Math.floor((i - 1) / PRODUCTS.length) + 1}`;
    engine.run('INSERT INTO products(name, price_cents, stock) VALUES (?, ?, ?)', [name, 100 + rng.int(9900), rng.int(500)]);
  }
  for (let i = 1; i <= orders && users > 0 && products > 0; i++) {
    engine.run('INSERT INTO orders(user_id, product_id, quantity, status, created_at) VALUES (?, ?, ?, ?, ?)', [
      1 + rng.int(users), 1 + rng.int(products), 1 + rng.int(5), STATUSES[rng.int(STATUSES.length)]!, stamp(rng.int(365 * 86400)),
    ]);
  }
  for (let i = 1; i <= audit; i++) {
    engine.run('INSERT INTO audit_log(user_id, action, created_at) VALUES (?, ?, ?)', [
      users > 0 ? 1 + rng.int(users) : null, ACTIONS[rng.int(ACTIONS.length)]!, stamp(rng.int(365 * 86400)),
    ]);
  }
  engine.run('COMMIT', []);
}
