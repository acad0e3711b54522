// The course's net/http server against real Go 1.23's: the same handlers serve the same requests (real Go on a
// real socket with a client per request, ours to the simulated clients); statuses, content types, bodies, the
// superfluous-WriteHeader log line and the recovered panic's log (net/http's frames) must agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertGoInstalled, makeModule, runGo } from './go-env';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import { runLessonProgram } from '../../src/go/std/sql/lesson-run.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';

const REQUESTS = ['GET /items', 'GET /items?bad=1', 'DELETE /items', 'GET /nope', 'GET /p/7/x', 'GET /html', 'GET /empty', 'POST /json', 'GET /boom', 'GET /abort'];

const HANDLERS = `
func routes() *http.ServeMux {
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
	mux.HandleFunc("/p/{id}/x", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, r.PathValue("id"), r.Pattern, r.Method) })
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "  <html><body>hi</body></html>") })
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /json", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"b": []int{1, 2}, "a": "<x>"})
	})
	mux.HandleFunc("/boom", func(w http.ResponseWriter, r *http.Request) { panic(fmt.Sprintf("boom %d", 1)) })
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) })
	return mux
}
`;

const imports = (pkgs: string[]) => `package main\n\nimport (\n${pkgs.map((p) => `\t"${p}"\n`).join('')})\n`;

const REAL = imports(['encoding/json', 'fmt', 'io', 'log', 'net', 'net/http', 'os', 'strings']) + HANDLERS + `
func main() {
	log.SetOutput(os.Stdout) // the go tool keeps stderr apart; the server's log is what we compare
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, routes())
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for _, t := range []string{${REQUESTS.map((r) => JSON.stringify(r)).join(', ')}} {
		m, p, _ := strings.Cut(t, " ")
		req, _ := http.NewRequest(m, "http://"+ln.Addr().String()+p, nil)
		resp, err := client.Do(req)
		if err != nil {
			fmt.Printf("%s error %s\\n", t, strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %q %q\\n", t, resp.StatusCode, resp.Header.Get("Content-Type"), b)
	}
}
`;

const OURS = imports(['encoding/json', 'fmt', 'log', 'net/http']) + HANDLERS + `
func main() {
	log.Fatal(http.ListenAndServe(":8080", routes()))
}
`;

const goQuote = (s: string) => JSON.stringify(s);
const frames = (s: string) => s.split('\n').filter((l) => l.startsWith('\t/usr/lib/go-1.23/src/net/http/')).map((l) => l.trim().replace(/ \+0x[0-9a-f]+$/, ''));
const logLines = (s: string) => s.split('\n').filter((l) => / http: /.test(l)).map((l) => l.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /, '').replace(/127\.0\.0\.1:\d+/, 'ADDR').replace(/\(main\.go:\d+\)/, '(main.go)'));

let sqljs: SqlJs;
beforeAll(async () => { assertGoInstalled(); sqljs = await loadSqlJs(); });

describe('net/http server: ours against real Go', () => {
  it('answers, logs and recovers as real Go does', () => {
    const dir = makeModule({ 'main.go': REAL });
    const real = runGo(['run', '.'], dir);
    expect(real.code).toBe(0);
    const ours = runLessonProgram(sqljs, OURS, { seed: 1, clients: { requests: REQUESTS.map((t, i) => ({ method: t.split(' ')[0]!, target: t.split(' ')[1]!, atMs: i * 100 })) } });
    expect(ours.diagnostics).toEqual([]);
    const oursLines = ours.http!.exchanges.map((x) => `${x.method} ${x.target} ` + (x.clientError !== undefined
      ? `error ${x.clientError.replace('127.0.0.1:8080', 'ADDR')}`
      : `${x.status} ${goQuote(x.contentType ?? '')} ${goQuote(x.body ?? '')}`));
    const realLines = real.out.split('\n').filter((l) => REQUESTS.some((r) => l.startsWith(r + ' ')));
    expect(oursLines).toEqual(realLines);
    expect(logLines(ours.stderr)).toEqual(logLines(real.out));
    expect(frames(ours.stderr)).toEqual(frames(real.out.slice(real.out.indexOf('http: panic serving'))).slice(0, frames(ours.stderr).length));
    expect(frames(ours.stderr)).toHaveLength(6);
  }, 120_000);
});

const EXPVAR_VARS = `
func publish() {
	expvar.NewInt("hits").Add(41)
	expvar.NewString("label").Set("<a> & \\"b\\"")
	m := expvar.NewMap("routes")
	m.Add("/b", 2)
	m.AddFloat("/a", 0.5)
	expvar.Publish("pool", expvar.Func(func() any { return struct{ Open, InUse int }{3, 1} }))
}
`;

describe('expvar: ours against real Go', () => {
  it('serves /debug/vars in Go\'s format (cmdline and memstats aside)', () => {
    const real = runGo(['run', '.'], makeModule({ 'main.go': imports(['expvar', 'fmt', 'net/http', 'net/http/httptest']) + EXPVAR_VARS + `
func main() {
	publish()
	rec := httptest.NewRecorder()
	http.DefaultServeMux.ServeHTTP(rec, httptest.NewRequest("GET", "/debug/vars", nil))
	fmt.Print(rec.Header().Get("Content-Type"), "\\n", rec.Body.String())
}
` }));
    expect(real.code).toBe(0);
    const ours = runLessonProgram(sqljs, imports(['expvar', 'log', 'net/http']) + EXPVAR_VARS + `
func main() {
	publish()
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`, { seed: 1, clients: { requests: [{ method: 'GET', target: '/debug/vars' }] } });
    const x = ours.http!.exchanges[0]!;
    const lines = (s: string) => s.split('\n').filter((l) => !l.startsWith('"cmdline": ') && !l.startsWith('"memstats": '));
    expect(x.contentType + '\n' + lines(x.body!).join('\n')).toBe(lines(real.out).join('\n'));
  }, 120_000);
});
