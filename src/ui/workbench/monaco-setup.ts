/**
 * monaco-setup: loads only what Go editing needs from Monaco (the editor API, Go highlighting and one
 * editor worker) and follows the site's light or dark theme.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/go/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

/** siteTheme is Monaco's theme for the site's current colour scheme. */
export function siteTheme(): string {
  const t = document.documentElement.dataset.theme;
  const dark = t === 'dark' || (!t && matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'vs-dark' : 'vs';
}

/** followTheme keeps Monaco's theme in step with the site's theme toggle. */
export function followTheme(): void {
  new MutationObserver(() => monaco.editor.setTheme(siteTheme())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

export { monaco };
