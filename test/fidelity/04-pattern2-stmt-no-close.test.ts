import { describe, expect, it } from 'vitest';
import { GT, expectMatches, loadTrace } from './gt.ts';
import type { Stmt } from '../../src/pool/stmt.ts';

const trace = loadTrace('04-pattern2-stmt-no-close');

describe('fidelity 04-pattern2-stmt-no-close', () => {
  it('replays 200 unclosed Prepares (pool untouched, Prepared_stmt_count=200) and the 1461 wall at 50', async () => {
    const gt = await GT.create();
    const r: Record<string, unknown> = {};
    gt.run(function* (gt) {
      gt.variant('A-200-prepares-no-close');
      let db = gt.open();
      db.setMaxOpenConns(5);
      gt.note('Prepared_stmt_count-before', yield* gt.globalStatus('Prepared_stmt_count'));
      const stmts: Stmt[] = [];
      for (let i = 1; i <= 200; i++) {
        const [st, err] = yield* db.prepare('SELECT name FROM users WHERE id = ?');
        if (err) { gt.err('prepare', err, i); break; }
        stmts.push(st!);
        if ([1, 50, 100, 200].includes(i)) gt.note(`Prepared_stmt_count-after-${i}`, yield* gt.globalStatus('Prepared_stmt_count'));
      }
      yield* gt.snap('after-200-prepares', db);
      r.A_after_200 = yield* gt.globalStatus('Prepared_stmt_count');
      const [c] = yield* db.connContext(db.bg());
      let name = '';
      const row = yield* stmts[0]!.queryRow([7n]);
      gt.err('stmt0-query-while-first-conn-held', yield* row.scan({ kind: 'string', set: (v) => { name = String(v); } }), name);
      r.A_after_reprepare = yield* gt.globalStatus('Prepared_stmt_count');
      yield* c!.close();
      yield* gt.snap('after-reprepare', db);
      yield* db.close();
      yield* gt.killAppConns();
      r.A_after_db_close = yield* gt.globalStatus('Prepared_stmt_count');

      gt.variant('B-max_prepared_stmt_count=50');
      yield* gt.monExec('SET GLOBAL max_prepared_stmt_count=50');
      gt.note('max_prepared_stmt_count', yield* gt.globalVar('max_prepared_stmt_count'));
      db = gt.open();
      db.setMaxOpenConns(5);
      for (let i = 1; i <= 200; i++) {
        const [, err] = yield* db.prepare('SELECT name FROM users WHERE id = ?');
        if (err) { r.B_error = gt.err('prepare-failed', err, i); r.B_failed_at = i; break; }
      }
      yield* gt.snap('after-failure', db);
      r.B_count = yield* gt.globalStatus('Prepared_stmt_count');
      let n = 0;
      const r1 = yield* db.queryRow('SELECT COUNT(*) FROM users');
      gt.err('plain-query-after-limit', yield* r1.scan({ kind: 'int', set: (v) => { n = Number(v); } }), n);
      const r2 = yield* db.queryRow('SELECT name FROM users WHERE id = ?', [3n]);
      r.B_args = gt.err('query-with-args-after-limit', yield* r2.scan({ kind: 'string', set: (v) => { name = String(v); } }), name);
      const db2 = gt.open('interpolateParams=true');
      const r3 = yield* db2.queryRow('SELECT name FROM users WHERE id = ?', [3n]);
      r.B_interp = gt.err('query-with-args-interpolateParams=true-after-limit', yield* r3.scan({ kind: 'string', set: (v) => { name = String(v); } }), name);
      yield* db2.close();
      yield* db.close();
      yield* gt.killAppConns();
    });
    expectMatches(gt, trace);
    expect(r).toEqual({
      A_after_200: String(trace.results['A_Prepared_stmt_count_after_200']),
      A_after_reprepare: String(trace.results['A_Prepared_stmt_count_after_reprepare']),
      A_after_db_close: String(trace.results['A_Prepared_stmt_count_after_db_close']),
      B_error: trace.results['B_error'],
      B_failed_at: trace.results['B_failed_at_prepare_number'],
      B_count: String(trace.results['B_Prepared_stmt_count']),
      B_args: trace.results['B_query_with_args_error'],
      B_interp: '<nil>',
    });
    expect(r.B_error).toBe("Error 1461 (42000): Can't create more than max_prepared_stmt_count statements (current value: 50)");
  });
});
