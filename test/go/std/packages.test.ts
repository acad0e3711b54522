import { describe, expect, it } from 'vitest';
import { goRun, prog } from '../lower/run.ts';

const out = (body: string, imports: string[], decls = '') => goRun(prog(body, imports, decls));

describe('standard library packages', () => {
  it('strconv reports Go error text and clamps out-of-range values', () => {
    const r = out(`_, e1 := strconv.Atoi("x")
	v, e2 := strconv.Atoi("99999999999999999999")
	b, e3 := strconv.ParseBool("yes")
	fmt.Println(e1)
	fmt.Println(v, e2)
	fmt.Println(b, e3, strconv.Quote("a\\tb"), strconv.Itoa(-7), strconv.FormatInt(255, 16))`, ['fmt', 'strconv']);
    expect(r.stdout).toBe('strconv.Atoi: parsing "x": invalid syntax\n9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range\nfalse strconv.ParseBool: parsing "yes": invalid syntax "a\\tb" -7 ff\n');
  });

  it('strings functions work on UTF-8 byte strings', () => {
    const r = out(`s := "  héllo, wörld  "
	t := strings.TrimSpace(s)
	fmt.Println(len(t), strings.ToUpper(t), strings.Split(t, ", "), strings.Fields(" a  b "), strings.Repeat("ab", 3))
	var b strings.Builder
	for i := 0; i < 3; i++ { fmt.Fprintf(&b, "%d;", i) }
	fmt.Println(b.String(), strings.Contains(t, "wö"), strings.Index(t, "w"), strings.ReplaceAll(t, "l", "L"))`, ['fmt', 'strings']);
    expect(r.stdout).toBe('14 HÉLLO, WÖRLD [héllo wörld] [a b] ababab\n0;1;2; true 8 héLLo, wörLd\n');
  });

  it('context.WithTimeout ends on the virtual clock with DeadlineExceeded', () => {
    const r = out(`ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err(), time.Since(start), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Minute):
		fmt.Println("late")
	}`, ['context', 'errors', 'fmt', 'time']);
    expect(r.stdout).toBe('context deadline exceeded 2s true\n');
  });

  it('sync.WaitGroup and Mutex coordinate goroutines', () => {
    const r = out(`var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)`, ['fmt', 'sync']);
    expect(r.stdout).toBe('55\n');
  });

  it('a Go 1.23 timer drops its pending value on Stop and Reset', () => {
    const r = out(`t := time.NewTimer(time.Millisecond)
	time.Sleep(2 * time.Millisecond)
	fmt.Println(t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale")
	default:
		fmt.Println("empty")
	}`, ['fmt', 'time']);
    expect(r.stdout).toBe('true\nempty\n');
  });

  it('sort.Slice is stable for small inputs and sort.Sort uses the interface methods', () => {
    const r = out(`xs := []string{"bb", "a", "cc", "d"}
	sort.Slice(xs, func(i, j int) bool { return len(xs[i]) < len(xs[j]) })
	ys := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	fmt.Println(xs, ys)`, ['fmt', 'sort']);
    expect(r.stdout).toBe('[a d bb cc] [3 2 1]\n');
  });

  it('math/rand is deterministic for a given run seed', () => {
    const src = prog('fmt.Println(rand.Intn(1000), rand.Intn(1000))', ['fmt', 'math/rand']);
    expect(goRun(src, { seed: 7 }).stdout).toBe(goRun(src, { seed: 7 }).stdout);
    expect(goRun(src, { seed: 7 }).stdout).not.toBe(goRun(src, { seed: 8 }).stdout);
  });
});
