// Which parts of strings and strconv a program needs (src/go/std/package-parts.ts): exactly the parts of the
// members it selects on the imports' local names, whatever the shape of the selector (call, value, type).
import { describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../../src/go/index.ts';
import { partKey, partsDetector } from '../../../src/go/std/package-parts.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { source as stringsDecls } from '../../../src/go/types/stdlib/pkg/strings.ts';
import { source as strconvDecls } from '../../../src/go/types/stdlib/pkg/strconv.ts';

const parts = (...texts: string[]) => [...new Set(partsDetector(parseFiles(texts.map((text, i) => ({ name: `f${i}.go`, text }))).files))].sort();
const prog = (imports: string, body: string) => `package main\n\nimport (\n${imports}\n)\n\n${body}\n`;

/** members lists a package's exported functions, types and variables as its declarations give them. */
const members = (decls: string) => [...decls.matchAll(/^(?:func|type|var) ([A-Z]\w*)/gm)].map((m) => m[1]!);

describe('partKey', () => {
  it('keeps in each package\'s own chunk what course programs call, and names a part for every other member', () => {
    const own = (decls: string, path: string) => members(decls).filter((n) => partKey(path, n) === null).sort();
    expect(own(stringsDecls, 'strings')).toEqual(['Contains', 'HasPrefix', 'HasSuffix', 'Join', 'SplitN', 'ToUpper']);
    expect(own(strconvDecls, 'strconv')).toEqual(['Atoi', 'ErrRange', 'ErrSyntax', 'FormatInt', 'Itoa', 'NumError', 'ParseInt']);
    expect(partKey('strings', 'Builder')).toBe('std:strings#builder');
    expect(partKey('strings', 'Replacer')).toBe('std:strings#more');
    expect(partKey('strings', 'NewReplacer')).toBe('std:strings#more');
    expect(partKey('strconv', 'ParseFloat')).toBe('std:strconv#more');
  });

  it('names no part of a package that loads whole', () => {
    expect(partKey('fmt', 'Println')).toBeNull();
    expect(partKey('sort', 'Strings')).toBeNull();
  });
});

describe('partsDetector', () => {
  it('names nothing for a program calling only what the packages\' own chunks hold', () => {
    expect(parts(prog('\t"strconv"\n\t"strings"', 'func main() {\n\tn, _ := strconv.Atoi(strings.ToUpper("1"))\n\t_ = strings.HasSuffix(strconv.Itoa(n), "1")\n}'))).toEqual([]);
  });

  it('follows a renamed import, and not the package\'s own name', () => {
    const text = prog('\ts "strings"\n\tconv "strconv"', 'var strings = struct{ Fields int }{}\n\nfunc main() {\n\t_ = s.Fields("a b")\n\t_ = strings.Fields\n\t_, _ = conv.ParseBool("true")\n}');
    expect(parts(text)).toEqual(['std:strconv#more', 'std:strings#more']);
  });

  it('loads strings.Builder\'s part for the type named anywhere, and nothing more for its methods', () => {
    expect(parts(prog('\t"strings"', 'func main() {\n\tvar b strings.Builder\n\tb.WriteString("x")\n\t_ = b.String()\n}'))).toEqual(['std:strings#builder']);
    expect(parts(prog('\t"strings"', 'type report struct{ out *strings.Builder }\n\nfunc write(b *strings.Builder) { b.WriteByte(1) }\n\nfunc main() {}'))).toEqual(['std:strings#builder']);
    expect(parts(prog('\t"strings"', 'func main() {\n\tw := (*strings.Builder).WriteString\n\t_ = w\n}'))).toEqual(['std:strings#builder']);
  });

  it('names a function passed as a value, without a call', () => {
    expect(parts(prog('\t"strings"', 'func apply(f func(string) string) string { return f("a") }\n\nfunc main() {\n\t_ = apply(strings.ToLower)\n}'))).toEqual(['std:strings#more']);
    expect(parts(prog('\t"strings"', 'func apply(f func(string) string) string { return f("a") }\n\nfunc main() {\n\t_ = apply(strings.ToUpper)\n}'))).toEqual([]);
  });

  it('loads the Replacer with its constructor, whose result a program may use without naming the type', () => {
    expect(parts(prog('\t"strings"', 'func main() {\n\tr := strings.NewReplacer("a", "b")\n\t_ = r.Replace("abc")\n}'))).toEqual(['std:strings#more']);
  });

  it('reads each file\'s own import names', () => {
    const a = prog('\tstr "strings"', 'func main() { _ = str.TrimSpace(" x ") }');
    const b = 'package main\n\nimport "strconv"\n\nfunc q() string { return strconv.Quote("x") }\n\nfunc str() {}\n';
    expect(parts(a, b)).toEqual(['std:strconv#more', 'std:strings#more']);
    // in b, `str` is not the strings import: b alone needs only strconv's part
    expect(parts(b)).toEqual(['std:strconv#more']);
  });

  it('names nothing for a package not imported, a blank import, or a method of another value', () => {
    expect(parts('package main\n\nfunc main() { var strings struct{ Fields func() }; strings.Fields() }\n')).toEqual([]);
    expect(parts(prog('\t_ "strings"', 'func main() {}'))).toEqual([]);
  });

  it('does not throw on a file with syntax errors, and still reads what parsed', () => {
    expect(parts(prog('\t"strings"', 'func main() {\n\tx := strings.Fields(\n}\n\nfunc f() { _ = strings.Repeat("a", 2) }'))).toContain('std:strings#more');
  });

  it('leaves dot imports to the checker, which rejects them as the eager runtime does', () => {
    const text = prog('\t. "strings"', 'func main() { _ = Fields("a") }');
    expect(parts(text)).toEqual([]);
    const c = compile([{ name: 'main.go', text }]);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.diagnostics.map(formatDiagnostic)[0]).toMatch(/^main\.go:4:2: .*dot imports/);
  });
});
