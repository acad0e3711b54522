/** workbench-e2e: Playwright helpers shared by the workbench, pool-view and progress browser tests. */
import { expect, type Page } from '@playwright/test';

/** Marker is a Monaco marker as the page's debug hook returns it. */
export interface Marker { startLineNumber: number; message: string; severity: number }

/** openExercise loads an exercise page and waits until its editor is editable. */
export async function openExercise(page: Page, slug: string): Promise<void> {
  await page.goto(`/exercises/${slug}/`);
  await expect(page.getByRole('status').filter({ hasText: 'Editor ready' })).toBeVisible({ timeout: 30_000 });
}

/** pasteCode replaces the editor's text by selecting all and pasting from the clipboard, as a learner would. */
export async function pasteCode(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorText(page)).toBe(text);
}

/** editorText is the editor's current text. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { leakproofWorkbench: { editor: { getValue(): string } } }).leakproofWorkbench.editor.getValue());
}

/** markers lists the editor's markers. */
export function markers(page: Page): Promise<Marker[]> {
  return page.evaluate(() => (window as unknown as { leakproofWorkbench: { markers(): Marker[] } }).leakproofWorkbench.markers().map((m) => ({ startLineNumber: m.startLineNumber, message: m.message, severity: m.severity })));
}

/** checkAndWait presses Check and waits for the Results headline. */
export async function checkAndWait(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const head = page.getByRole('region', { name: 'Results' }).locator('.results-headline');
  await expect(head).toBeVisible({ timeout: 120_000 });
  return (await head.textContent()) ?? '';
}

/** lastTimeline is a scenario's event timeline from the last Check (the report itself arrives without timelines). */
export function lastTimeline<T = unknown>(page: Page, scenario: string): Promise<T[]> {
  return page.evaluate((name) => (window as unknown as { leakproofWorkbench: { timeline(n: string): unknown[] } }).leakproofWorkbench.timeline(name), scenario) as Promise<T[]>;
}

/** lastReport is the report of the last Check, as the page received it. */
export function lastReport<T = unknown>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { leakproofWorkbench: { lastReport: unknown } }).leakproofWorkbench.lastReport) as Promise<T>;
}
