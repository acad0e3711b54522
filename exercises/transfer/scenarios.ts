// Scenarios for lesson 8: a Tx holds its connection (and its locks) until Commit or Rollback.
import { bothContexts, type DatasetInput, callMatrix, defineScenarios, lockWaitTimeout, missingTable, slow } from '../../src/grader/define.ts';

const dataset: DatasetInput = {
  tables: [
    {
      name: 'accounts',
      columns: [
        { name: 'id', sqlType: 'INT PRIMARY KEY', gen: { kind: 'seq' } },
        { name: 'balance', sqlType: 'INT', gen: { kind: 'int', min: 0, max: 1000 } },
      ],
      rows: 100,
    },
  ],
};
const account = { kind: 'pick', table: 'accounts', column: 'id' } as const;
const args = [{ kind: 'context' }, { kind: 'db' }, account, account, { kind: 'literal', value: 250 }] as const;

// In the burst every call moves money between its own two accounts, so the calls compete for the pool,
// not for row locks (crossing transfers on shared rows would deadlock in InnoDB, another lesson).
const burstArgs = [{ kind: 'context' }, { kind: 'db' }, { kind: 'callIndex', offset: 1 }, { kind: 'callIndex', offset: 51 }, { kind: 'literal', value: 1 }] as const;

export default defineScenarios([
  ...callMatrix({
    entry: 'Transfer',
    seed: 8008,
    dataset,
    args: (audit) => [...args, audit],
    callback: { kind: 'callback', returns: 'zero' },
    queryError: { rule: missingTable('FROM accounts', 'accounts'), is: 'mysql:1146' },
    midIteration: { rule: lockWaitTimeout('balance + ?', 'exec'), is: 'mysql:1205', title: 'the second UPDATE fails (Error 1205) after the first succeeded' },
    scanError: { sql: ['UPDATE accounts SET balance = NULL WHERE id % 2 = 0'], title: 'even accounts have a NULL balance' },
    panicItem: 1,
    slow: { rule: slow('UPDATE accounts', 2000, 'exec'), deadlineMs: 300 },
    burst: { calls: 40, concurrency: 40, maxOpen: 4, maxTotalWaitMs: 3000 },
  }).map((s) => (s.name.startsWith('burst/') && s.drive.kind === 'call' ? { ...s, drive: { ...s.drive, args: [...burstArgs, s.drive.args[5]!] } } : s)),
  ...bothContexts({
    name: 'commit-fails',
    title: 'COMMIT fails (Error 1213, deadlock)',
    covers: ['other'],
    seed: 8080,
    dataset,
    faults: { rules: [{ on: 'commit', times: 'always', inject: { kind: 'error', number: 1213, sqlState: '40001', message: 'Deadlock found when trying to get lock; try restarting transaction' } }] },
    drive: { kind: 'call', entry: 'Transfer', args: [...args, { kind: 'callback', returns: 'zero' }], calls: 5 },
    checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: 'mysql:1213' }],
  }),
  ...bothContexts({
    name: 'audit-fails',
    title: 'audit returns an error after both UPDATEs',
    covers: ['other'],
    seed: 8081,
    dataset,
    drive: { kind: 'call', entry: 'Transfer', args: [...args, { kind: 'callback', returns: 'zero', failOnItem: 1, message: 'audit service unavailable' }], calls: 5 },
    checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: 'callback' }, { check: 'correctResult' }],
  }),
]);
