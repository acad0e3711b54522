// net/http's server on the simulator: handlers in their own goroutines, request contexts, recovered panics,
// routing, the simulated clients' schedule and the runner stopping the program.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src/cli/sim-stack.ts';
import { runLessonProgram } from '../../../src/go/std/sql/lesson-run.ts';
import type { HttpSchedule } from '../../../src/go/std/http-server.ts';
import { reportText } from '../../../src/go/std/http-report.ts';
import type { SqlJs } from '../../../src/mysql/sqljs-types.ts';

let sqljs: SqlJs;
beforeAll(async () => { sqljs = await loadSqlJs(); });
const run = (src: string, clients?: HttpSchedule) => {
  const r = runLessonProgram(sqljs, src, { seed: 1, ...(clients ? { clients } : {}) });
  expect(r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([]);
  return r;
};

const HEAD = `package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"
)

var _ = context.Background
var _ = time.Second
var _ = fmt.Sprint
var _ = log.Print
`;

describe('http.ListenAndServe on simulated clients', () => {
  it('serves each registered pattern to the default schedule, then the runner stops the program', () => {
    const r = run(HEAD + `
func main() {
	http.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "a", r.Method, r.URL.Path) })
	http.HandleFunc("POST /b/{id}", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintf(w, "b %s %s\\n", r.PathValue("id"), r.Pattern) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}`);
    expect(r.outcome).toBe('exit');
    expect(r.stderr).toBe('');
    const x = r.http!.exchanges;
    expect(x.map((e) => `${e.method} ${e.target} ${e.status} ${e.body}`)).toEqual([
      'GET /a 200 a GET /a\n', 'GET /a 200 a GET /a\n', 'GET /a 200 a GET /a\n',
      'POST /b/1 200 b 1 POST /b/{id}\n', 'POST /b/1 200 b 1 POST /b/{id}\n', 'POST /b/1 200 b 1 POST /b/{id}\n',
    ]);
    expect(x.map((e) => e.sentNs / 1e6)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(r.http!.scheduled).toBe('default');
    expect(r.http!.stoppedNs).toBe(500e6 + 500e6);
    expect(reportText(r.http!)).toMatch(/^Runner: nothing listens on a real port\. 6 simulated clients sent requests to 127\.0\.0\.1:8080/);
    expect(reportText(r.http!)).toContain('\n#1 at 0.000 s: GET /a → 200 OK (text/plain; charset=utf-8, 9 bytes, in 0.000 s)\n    a GET /a\n#2 at 0.100 s:');
    expect(reportText(r.http!)).toMatch(/Runner: stopped the program at 1\.000 s of virtual time, 0\.5 s after the last client finished; a real server would keep serving\.\n$/);
  });

  it('writes 404, 405 with Allow, http.Error\'s headers and body, and the status of WriteHeader', () => {
    const r = run(HEAD + `
func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("bad") != "" {
			http.Error(w, "bad <input>", http.StatusBadRequest)
			return
		}
		w.Header().Set("content-type", "application/json")
		w.WriteHeader(http.StatusCreated)
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("{}"))
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:9000", mux))
}`, { requests: [{ method: 'GET', target: '/items' }, { method: 'GET', target: '/items?bad=1', atMs: 10 }, { method: 'DELETE', target: '/items', atMs: 20 }, { method: 'GET', target: '/nope', atMs: 30 }] });
    const x = r.http!.exchanges;
    expect(x.map((e) => [e.status, e.contentType, e.body])).toEqual([
      [201, 'application/json', '{}'],
      [400, 'text/plain; charset=utf-8', 'bad <input>\n'],
      [405, 'text/plain; charset=utf-8', 'Method Not Allowed\n'],
      [404, 'text/plain; charset=utf-8', '404 page not found\n'],
    ]);
    expect(r.stderr).toMatch(/^2000\/01\/01 00:00:00 http: superfluous response\.WriteHeader call from main\.main\.func1 \(main\.go:\d+\)\n$/);
  });

  it('cancels the request context when the handler returns, and when the client gives up', () => {
    const r = run(HEAD + `
var saved context.Context

func main() {
	http.HandleFunc("/keep", func(w http.ResponseWriter, r *http.Request) {
		saved = r.Context()
		fmt.Println("in handler:", r.Context().Err())
	})
	http.HandleFunc("/check", func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("after return:", saved.Err())
	})
	http.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
			fmt.Println("slow: client gone:", r.Context().Err(), time.Duration(0))
		case <-time.After(time.Minute):
			fmt.Println("slow: finished")
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}`, { requests: [{ method: 'GET', target: '/keep' }, { method: 'GET', target: '/check', atMs: 10 }, { method: 'GET', target: '/slow', atMs: 20 }], timeoutMs: 1000 });
    expect(r.stdout).toBe('in handler: <nil>\nafter return: context canceled\nslow: client gone: context canceled 0s\n');
    const slow = r.http!.exchanges[2]!;
    expect(slow.clientError).toBe('Get "http://127.0.0.1:8080/slow": context deadline exceeded (Client.Timeout exceeded while awaiting headers)');
    expect((slow.doneNs! - slow.sentNs) / 1e6).toBe(1000);
  });

  it('recovers a handler\'s panic, logs it as net/http does, closes the client\'s connection and keeps serving', () => {
    const r = run(HEAD + `
func boom(n int) { panic(fmt.Sprintf("boom %d", n)) }

func main() {
	n := 0
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		n++
		if n == 1 {
			boom(n)
		}
		if n == 2 {
			panic(http.ErrAbortHandler)
		}
		fmt.Fprint(w, "ok")
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}`);
    expect(r.http!.exchanges.map((e) => e.clientError ?? e.body)).toEqual(['Get "http://127.0.0.1:8080/": EOF', 'Get "http://127.0.0.1:8080/": EOF', 'ok']);
    // the frames net/http's own log shows (trace 06 of the fidelity recordings), without the +0x offsets
    const recorded = readFileSync(join(import.meta.dirname, '../../../data/fidelity/traces/modern/06-pattern4-panic-recovered.stderr.txt'), 'utf8');
    const frames = (s: string) => s.split('\n').filter((l) => /^\t\/usr\/lib\/go-1\.23\/src\/net\/http\//.test(l)).map((l) => l.replace(/ \+0x[0-9a-f]+$/, ''));
    const first = recorded.slice(0, recorded.indexOf('\n2026/', 1));
    const ours = r.stderr;
    expect(ours.split('\n')[0]).toBe('2000/01/01 00:00:00 http: panic serving 127.0.0.1:50001: boom 1');
    expect(first.split('\n')[0]).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d http: panic serving 127\.0\.0\.1:\d+: boom: handler bug after Query$/);
    // ours has DefaultServeMux between HandlerFunc and serverHandler (the recording served a bare HandlerFunc)
    expect(frames(ours).filter((l) => !l.endsWith('server.go:2747'))).toEqual(frames(first));
    expect(ours).toMatch(/\nmain\.boom\(\.\.\.\)\n\tmain\.go:\d+\n/);
    expect(ours.match(/http: panic serving/g)).toHaveLength(1);
  });

  it('panics as Go 1.23 does when two patterns match the same requests, naming both registrations', () => {
    const r = run(HEAD + `
func h(w http.ResponseWriter, r *http.Request) {}

func main() {
	http.HandleFunc("/x/{id}", h)
	http.HandleFunc("GET /x/{id}", h)
	http.HandleFunc("/x/{name}", h)
	log.Print("unreachable")
}`);
    expect(r.outcome).toBe('panic');
    expect(r.stderr).toMatch(/^panic: pattern "\/x\/\{name\}" \(registered at main\.go:21\) conflicts with pattern "\/x\/\{id\}" \(registered at main\.go:19\):\n\t\/x\/\{name\} matches the same requests as \/x\/\{id\}\n\ngoroutine 1 \[running\]:\nnet\/http\.\(\*ServeMux\)\.register\(\.\.\.\)\n\t\/usr\/lib\/go-1\.23\/src\/net\/http\/server\.go:2797\nnet\/http\.HandleFunc\(\.\.\.\)\n\t\/usr\/lib\/go-1\.23\/src\/net\/http\/server\.go:2791\nmain\.main\(\)\n\tmain\.go:21\n/);
  });

  it('lets main go on when the server runs in another goroutine, and stops a main that never ends after 10 minutes', () => {
    const r = run(HEAD + `
func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hi") })
	go http.ListenAndServe(":8080", nil)
	time.Sleep(3 * time.Second)
	fmt.Println("main still runs at", time.Duration(3*time.Second))
}`);
    expect(r.stdout).toBe('main still runs at 3s\n');
    expect(r.http!.exchanges.map((x) => x.body)).toEqual(['hi', 'hi', 'hi']);
    expect(r.http!.stoppedNs).toBeUndefined();
    const forever = run(HEAD + `
func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	go http.ListenAndServe(":8080", nil)
	select {}
}`);
    expect(forever.outcome).toBe('exit');
    expect(forever.stderr).toBe('');
    expect(forever.http!.stoppedNs).toBe((200 + 500) * 1e6 + 10 * 60e9);
  });

  it('returns listen errors instead of serving', () => {
    const r = run(HEAD + `
func main() {
	fmt.Println(http.ListenAndServe("8080", nil))
	log.Print("after")
}`);
    expect(r.stdout).toBe('listen tcp: address 8080: missing port in address\n');
    expect(r.stderr).toBe('2000/01/01 00:00:00 after\n');
    expect(r.http).toBeUndefined();
  });

  it('serves the same way under every seed (a deterministic schedule)', () => {
    const src = HEAD + `
func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { time.Sleep(50 * time.Millisecond); fmt.Fprint(w, r.RemoteAddr) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}`;
    const a = runLessonProgram(sqljs, src, { seed: 1 }).http!;
    const b = runLessonProgram(sqljs, src, { seed: 99 }).http!;
    expect(b).toEqual(a);
    expect(a.exchanges.map((x) => x.body)).toEqual(['127.0.0.1:50001', '127.0.0.1:50002', '127.0.0.1:50003']);
  });
});
