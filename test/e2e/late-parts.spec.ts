// Parts of the runtime a run loads only when it turns out to need them (docs/go-bundle-float.md): a float that
// only the database knows about (a DOUBLE scanned into an `any`) and a time.Time printed with fmt are invisible to
// the syntax detectors (float-detect.test.ts lists the DOUBLE among the uses it misses), so the first run records go:float and
// go:timefmt, the runner worker fetches their chunks and runs again, and the output shown is the second run's, never a placeholder.
import type { Request } from '@playwright/test';
import { expect, test } from './site';
import { openExercise, pasteCode } from '../ui/workbench-e2e';

const LATE = `package main

import (
	"database/sql"
	"fmt"
	"log"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var v any
	if err := db.QueryRow("SELECT 2.5e0").Scan(&v); err != nil {
		log.Fatal(err)
	}
	fmt.Println(v, time.Now())
}
`;
/** chunk names a chunk file as the site's build names it (`float-text-part-<hash>.js`). */
const chunk = (file: string) => new RegExp(`/_astro/${file}-[\\w-]{8}\\.js$`);

test('a run that needs float and time formatting only at run time fetches both parts once and shows the full output', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r: Request) => { fetched.push(r.url()); });
  await openExercise(page, 'first-match');
  await pasteCode(page, LATE);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // the CLI's output for the same program (virtual time: the connection's login took 1.002 ms)
  await expect(page.locator('#output')).toHaveText('2.5 2000-01-01 00:00:00.001002 +0000 UTC');
  expect(fetched.filter((u) => chunk('float-text-part').test(u))).toHaveLength(1);
  expect(fetched.filter((u) => chunk('time-layout').test(u))).toHaveLength(1);

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('2.5 2000-01-01 00:00:00.001002 +0000 UTC');
  expect(fetched.filter((u) => chunk('float-text-part').test(u) || chunk('time-layout').test(u))).toHaveLength(2);
});
