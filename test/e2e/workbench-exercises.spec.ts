import { readFileSync } from 'node:fs';
import { expect, test } from './site';
import { checkAndWait, markers, openExercise, pasteCode } from '../ui/workbench-e2e';

// The acquiring line of each leak the starter has (checked by reading the starters), and the check that
// fails for starters whose bug is not a leak.
const EXERCISES: { slug: string; leakLines: number[]; failing: string }[] = [
  { slug: 'batch-insert', leakLines: [14, 18], failing: 'noLeaks' },
  { slug: 'first-match', leakLines: [15], failing: 'noLeaks' },
  { slug: 'ignored-error', leakLines: [], failing: 'errorPropagated' },
  { slug: 'orders-service', leakLines: [25, 42, 60], failing: 'noLeaks' },
  { slug: 'panicking-handler', leakLines: [22], failing: 'noLeaks' },
  { slug: 'partial-sum', leakLines: [], failing: 'errorPropagated' },
  { slug: 'pool-per-request', leakLines: [48], failing: 'noLeaks' },
  { slug: 'query-helper', leakLines: [15], failing: 'noLeaks' },
  { slug: 'report-early-returns', leakLines: [16], failing: 'noLeaks' },
  { slug: 'slow-report', leakLines: [], failing: 'deadlineRespected' },
  { slug: 'transfer', leakLines: [17], failing: 'noLeaks' },
];

for (const ex of EXERCISES) {
  test(`${ex.slug}: the starter fails with its leaks marked, the pasted solution passes every scenario`, async ({ page }) => {
    test.setTimeout(300_000);
    await openExercise(page, ex.slug);
    const head = await checkAndWait(page);
    expect(head).toMatch(/^\d+ of \d+ scenarios failed$/);
    const results = page.getByRole('region', { name: 'Results' });
    const grid = results.getByRole('table', { name: 'Scenarios by check' });
    const failsIn = await grid.evaluate((t: HTMLTableElement, name) => {
      const col = [...t.tHead!.rows[0]!.cells].findIndex((c) => c.textContent === name);
      return col < 0 ? -1 : [...t.tBodies[0]!.rows].filter((r) => r.cells[col]?.textContent === '✗ fail').length;
    }, ex.failing);
    expect(failsIn).toBeGreaterThan(0);
    const leakLines = [...new Set((await markers(page)).filter((m) => m.message.startsWith('Leaked ')).map((m) => m.startLineNumber))].sort((a, b) => a - b);
    expect(leakLines).toEqual(ex.leakLines);

    await pasteCode(page, readFileSync(`exercises/${ex.slug}/solution.go`, 'utf8'));
    expect(await checkAndWait(page)).toBe('All scenarios passed');
    await expect(results.locator('td.fail')).toHaveCount(0);
    expect((await markers(page)).filter((m) => m.message.startsWith('Leaked '))).toEqual([]);
  });
}
