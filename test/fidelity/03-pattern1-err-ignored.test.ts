import { describe, expect, it } from 'vitest';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('03-pattern1-err-ignored');

describe('fidelity 03-pattern1-err-ignored', () => {
  it('replays a query on a missing table: Error 1146 (42S02), nil Rows, the conn back in the pool', async () => {
    const gt = await GT.create();
    const nilRows: boolean[] = [];
    gt.run(function* (gt) {
      const db = gt.open();
      db.setMaxOpenConns(5);
      gt.variant('A-next-on-nil-rows');
      const [rows, err] = yield* db.query('SELECT id, name FROM missing_table');
      gt.err('query-error-ignored-by-app', err, { rows_is_nil: rows === null });
      nilRows.push(rows === null);
      // rows.Next() on the nil *sql.Rows panics in the Go runtime (not modelled here); nothing is held.
      yield* gt.snap('after-panic', db);
      gt.variant('B-close-on-nil-rows');
      const [rows2] = yield* db.query('SELECT id, name FROM missing_table');
      nilRows.push(rows2 === null);
      gt.variant('C-queryrow-scan-missing-table');
      const row = yield* db.queryRow('SELECT id FROM missing_table');
      gt.err('queryrow-scan', yield* row.scan({ kind: 'int', set: () => {} }));
      gt.variant('D-repeat-10-times-then-stats');
      for (let i = 0; i < 10; i++) nilRows.push((yield* db.query('SELECT id, name FROM missing_table'))[0] === null);
      yield* gt.snap('after-10-panics', db);
      yield* db.close();
    });
    // The program's first gtapp login took ~6 ms on the real server (later logins: 0.5-1 ms in every trace).
    expectMatches(gt, trace, { jitter: ['A-next-on-nil-rows/query-error-ignored-by-app'] });
    expect(nilRows).toEqual(Array(12).fill(true));
    expect(trace.results['query_error']).toBe("Error 1146 (42S02): Table 'course.missing_table' doesn't exist");
  });
});
