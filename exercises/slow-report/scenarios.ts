// Scenarios for lesson 10: every database call bounded by a context, the caller's and our own.
import { bothContexts, type DatasetInput, callMatrix, connectionLostOnRow, defineScenarios, missingTable, slow } from '../../src/grader/define.ts';

const dataset: DatasetInput = {
  tables: [
    {
      name: 'shipments',
      columns: [
        { name: 'id', sqlType: 'INT PRIMARY KEY', gen: { kind: 'seq' } },
        { name: 'carrier', sqlType: 'VARCHAR(32)', gen: { kind: 'choice', values: ['dhl', 'dpd', 'fedex', 'gls', 'hermes', 'ups', 'usps'] } },
        { name: 'days', sqlType: 'INT NOT NULL', gen: { kind: 'int', min: 1, max: 9 } },
      ],
      rows: 300,
    },
  ],
};
const args = [{ kind: 'context' }, { kind: 'db' }] as const;

export default defineScenarios([
  ...callMatrix({
    entry: 'CarrierReport',
    seed: 1010,
    dataset,
    args: (each) => [...args, each],
    callback: { kind: 'callback', returns: 'zero' },
    queryError: { rule: missingTable('FROM shipments', 'shipments'), is: 'mysql:1146' },
    midIteration: { rule: connectionLostOnRow('FROM shipments', 3), is: 'mysql.ErrInvalidConn' },
    scanError: { sql: ['UPDATE shipments SET carrier = NULL WHERE id % 10 = 0'], title: 'some shipments have no carrier (NULL)' },
    panicItem: 2,
    slow: { rule: slow('FROM shipments', 5000), deadlineMs: 300 },
    burst: { calls: 30, concurrency: 30, maxOpen: 3, maxTotalWaitMs: 2000 },
  }),
  ...bothContexts({
    name: 'slow-query-no-deadline',
    title: 'a 5 s query and a caller that set no deadline: the function\'s own 2 s bound must fire',
    covers: ['other'],
    seed: 1011,
    dataset,
    faults: { rules: [slow('FROM shipments', 5000)] },
    drive: { kind: 'call', entry: 'CarrierReport', args: [...args, { kind: 'callback', returns: 'zero' }], calls: 3 },
    checks: [{ check: 'correctResult' }, { check: 'errorPropagated', is: 'context.DeadlineExceeded' }, { check: 'noLeaks' }],
  }),
]);
