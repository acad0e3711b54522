/**
 * runnable-example: the lesson island behind RunnableExample. Light until used: the first Run loads the
 * runner client and the pool view, starts the runner worker (shared by every example on the page), and
 * runs the program's text as the code block's copy button holds it, with the example's named setup. A
 * server's simulated clients are listed apart from the program's output, in the runner's voice.
 */
import type { RunnerClient } from './runner-client.ts';
import type { HttpReport } from '../../go/std/http-report.ts';

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

/** showClients lists what each simulated client sent and got, between the runner's own notes. */
async function showClients(host: HTMLElement, r: HttpReport | undefined): Promise<void> {
  host.replaceChildren();
  host.hidden = !r;
  if (!r) return;
  const { exchangeText, reportIntro, reportOutro } = await import('../../go/std/http-report.ts');
  const h = document.createElement('h3');
  h.textContent = 'Simulated clients';
  const intro = document.createElement('p');
  intro.className = 'runner-note';
  intro.textContent = reportIntro(r);
  const list = document.createElement('ol');
  list.setAttribute('aria-label', 'Requests and responses');
  for (const x of r.exchanges) {
    const li = document.createElement('li');
    const t = exchangeText(x);
    li.append(t.head);
    if (t.body) {
      const pre = document.createElement('pre');
      pre.textContent = t.body;
      li.append(pre);
    }
    list.append(li);
  }
  const outro = document.createElement('p');
  outro.className = 'runner-note';
  outro.textContent = reportOutro(r);
  host.append(h, intro, list, outro);
}

for (const section of document.querySelectorAll<HTMLElement>('[data-runnable]')) {
  const button = section.querySelector<HTMLButtonElement>('[data-run]')!;
  const status = section.querySelector<HTMLElement>('[data-status]')!;
  const out = section.querySelector<HTMLElement>('[data-output]')!;
  const poolHost = section.querySelector<HTMLElement>('[data-pool]')!;
  const clients = section.querySelector<HTMLElement>('[data-clients]');
  const setup = section.dataset.setup || undefined;
  let stop = () => {};
  button.addEventListener('click', async () => {
    const source = exampleSource(section);
    if (!source) return;
    stop();
    status.textContent = 'Running…';
    if (clients) { clients.hidden = true; clients.replaceChildren(); }
    const [c, { mountPoolView }] = await Promise.all([runner(), import('../pool-view/pool-view.ts')]);
    const a = await c.ask({ type: 'run', source, seed: 1, ...(setup ? { setup } : {}) });
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
    if (clients) await showClients(clients, o.http);
    status.textContent = o.http?.stoppedNs !== undefined
      ? 'The runner stopped the server after its simulated clients finished; the pool view below replays the run.'
      : `Finished${o.exitCode === 0 ? '' : ` with exit status ${o.exitCode}`}; the pool view below replays the run.`;
    stop = mountPoolView(poolHost, o.events, { label: `Pool view: ${section.getAttribute('aria-label')?.replace('Runnable example: ', '') ?? 'run'}`, onSite: (line) => showLine(section, line) }).destroy;
  });
}
