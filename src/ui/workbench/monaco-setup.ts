/**
 * monaco-setup: loads only what Go editing needs from Monaco (the editor API, Go highlighting, the hover,
 * find, comment and tab-focus contributions, and one editor worker) and follows the site's light or dark theme.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/go/register';
// The editing features a Go learner needs (the bare API has none of Monaco's contributions).
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
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
