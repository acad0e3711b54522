/** http-report: the runner's account of a server run (plain data) and its text, in the runner's own voice. */

/** HttpExchange is one simulated request and what its client saw. */
export interface HttpExchange {
  n: number; method: string; target: string; remoteAddr: string; sentNs: number; doneNs?: number;
  status?: number; statusText?: string; contentType?: string; body?: string; bytes?: number; clientError?: string;
}
/** HttpReport is the runner's account of a server run. */
export interface HttpReport { addr: string; scheduled: 'given' | 'default'; exchanges: HttpExchange[]; stoppedNs?: number; timeoutMs: number; graceMs: number }

const secs = (ns: number) => (ns / 1e9).toFixed(3) + ' s';

/** BODY_LINES is how many lines of a response body the report shows. */
export const BODY_LINES = 4;

/** exchangeText is one client's line (numbered by the list that shows it): when it sent what, and the answer (or the client's Go error). */
export function exchangeText(x: HttpExchange): { head: string; body?: string } {
  const at = `at ${secs(x.sentNs)}: ${x.method} ${x.target}`;
  if (x.clientError !== undefined) return { head: `${at} → no response after ${secs((x.doneNs ?? x.sentNs) - x.sentNs)}: ${x.clientError}` };
  const body = x.body ?? '';
  const lines = body.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const shown = lines.slice(0, BODY_LINES).join('\n') + (lines.length > BODY_LINES ? `\n… ${lines.length - BODY_LINES} more lines` : '');
  const meta = [x.contentType, `${x.bytes ?? body.length} bytes`, `in ${secs((x.doneNs ?? x.sentNs) - x.sentNs)}`].filter(Boolean).join(', ');
  return { head: `${at} → ${x.status} ${x.statusText ?? ''} (${meta})`.replace(/ +\(/, ' ('), ...(body ? { body: shown } : {}) };
}

/** reportIntro is the runner's first line: no real port, who sent what. */
export function reportIntro(r: HttpReport): string {
  const how = r.scheduled === 'default'
    ? 'the default schedule: 3 requests to each registered pattern, 100 ms apart'
    : "this example's schedule";
  return `Runner: nothing listens on a real port. ${r.exchanges.length} simulated clients sent requests to ${r.addr} (${how}); a client gives up after ${r.timeoutMs / 1000} s.`;
}

/** reportOutro is the runner's last line: when and why it stopped the program. */
export function reportOutro(r: HttpReport): string {
  if (r.stoppedNs === undefined) return 'Runner: the program ended before the runner stopped the server.';
  return `Runner: stopped the program at ${secs(r.stoppedNs)} of virtual time, ${r.graceMs / 1000} s after the last client finished; a real server would keep serving.`;
}

/** reportText is the whole account as plain text (the CLI and tests print it). */
export function reportText(r: HttpReport): string {
  const lines = [reportIntro(r)];
  for (const x of r.exchanges) {
    const t = exchangeText(x);
    lines.push(`#${x.n} ${t.head}`);
    if (t.body) lines.push(...t.body.split('\n').map((l) => '    ' + l));
  }
  lines.push(reportOutro(r));
  return lines.join('\n') + '\n';
}
