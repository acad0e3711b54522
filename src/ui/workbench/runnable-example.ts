/**
 * runnable-example: the lesson island behind RunnableExample. Light until used: the first Run loads the
 * runner client and the pool view, starts the runner worker (shared by every example on the page), and
 * runs the program's text as the code block's copy button holds it.
 */
import type { RunnerClient } from './runner-client.ts';

let client: Promise<RunnerClient> | null = null;

function runner(): Promise<RunnerClient> {
  client ??= import('./runner-client.ts').then(({ RunnerClient }) => new RunnerClient({
    create: () => new Worker(new URL('../../worker/runner-worker.ts', import.meta.url), { type: 'module', name: 'runner' }),
    watchdogMs: 8000,
  }));
  return client;
}

/** exampleSource is the Go text of the example's code block (Expressive Code's copy button keeps it, lines joined by U+007F). */
function exampleSource(section: HTMLElement): string | null {
  const copy = section.querySelector<HTMLElement>('[data-code]');
  if (copy) return copy.dataset.code!.replace(/\u007f/g, '\n') + '\n';
  const pre = section.querySelector('pre');
  return pre ? pre.textContent : null;
}

/** showLine scrolls the example's code block to a source line and highlights it. */
function showLine(section: HTMLElement, line: number): void {
  const lines = section.querySelectorAll<HTMLElement>('.ec-line');
  for (const l of lines) l.classList.remove('runnable-line-focus');
  const target = lines[line - 1];
  if (!target) return;
  target.classList.add('runnable-line-focus');
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

for (const section of document.querySelectorAll<HTMLElement>('[data-runnable]')) {
  const button = section.querySelector<HTMLButtonElement>('[data-run]')!;
  const status = section.querySelector<HTMLElement>('[data-status]')!;
  const out = section.querySelector<HTMLElement>('[data-output]')!;
  const poolHost = section.querySelector<HTMLElement>('[data-pool]')!;
  let stop = () => {};
  button.addEventListener('click', async () => {
    const source = exampleSource(section);
    if (!source) return;
    stop();
    status.textContent = 'Running…';
    const [c, { mountPoolView }] = await Promise.all([runner(), import('../pool-view/pool-view.ts')]);
    const a = await c.ask({ type: 'run', source, seed: 1 });
    if (!a) return;
    out.hidden = false;
    if (a.type === 'error') {
      out.textContent = a.message;
      status.textContent = 'The run did not finish.';
      return;
    }
    if (a.type !== 'run') return;
    const o = a.output;
    if (o.outcome === 'compile') {
      out.textContent = '# command-line-arguments\n' + o.diagnostics.filter((d) => d.severity === 'error').map((d) => `./${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n');
      status.textContent = 'The program does not compile.';
      return;
    }
    out.textContent = (o.stdout + o.stderr) || '(no output)';
    status.textContent = `Finished${o.exitCode === 0 ? '' : ` with exit status ${o.exitCode}`}; the pool view below replays the run.`;
    stop = mountPoolView(poolHost, o.events, { label: `Pool view: ${section.getAttribute('aria-label')?.replace('Runnable example: ', '') ?? 'run'}`, onSite: (line) => showLine(section, line) }).destroy;
  });
}
