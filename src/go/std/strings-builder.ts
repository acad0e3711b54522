/** strings-builder: strings.Builder, the part of package strings loaded when a program names it. */
import { basic, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { toArray, type Slice } from '../runtime/slice.ts';
import { encodeRune } from './format/utf8.ts';
import { stringsTypes } from './strings.ts';
// the package's own chunk, imported here too so that the bundler keeps strings.ts in it rather than in a chunk of its own
import './pkg/strings.ts';

/** builderT is strings.Builder (a host value holding its byte string). */
export const builderT: RType = hostType('strings', 'Builder', () => ({ s: '', addr: null }), (v) => ({ s: v.s, addr: v.addr }));
const bp = ptrTo(builderT);
// Like Go, a Builder remembers its own address on first use and panics when used through a copy.
const BUILDER_GO = '/usr/lib/go-1.23/src/strings/builder.go';
const CALLER_LINE: Record<string, number> = { Grow: 70, Write: 82, WriteByte: 90, WriteRune: 98, WriteString: 107 };
function checkCopy(b: { addr: unknown }, method = 'WriteString'): void {
  if (b.addr === null) b.addr = b;
  else if (b.addr !== b) {
    throw withFrames(new GoPanic({ t: basic.string, v: 'strings: illegal use of non-zero Builder copied by value' }), [
      { name: `strings.(*Builder).${method}`, file: BUILDER_GO, line: CALLER_LINE[method]!, np: 1 },
      { name: 'strings.(*Builder).copyCheck', file: BUILDER_GO, line: 35, np: 1 },
    ]);
  }
}
bp.methods.set('WriteString', function* (_g: any, b: { s: string; addr: unknown }, s: string) { checkCopy(b); b.s += s; return [s.length, null]; });
bp.methods.set('WriteByte', function* (_g: any, b: { s: string; addr: unknown }, c: number) { checkCopy(b, 'WriteByte'); b.s += String.fromCharCode(c); return null; });
bp.methods.set('WriteRune', function* (_g: any, b: { s: string; addr: unknown }, r: number) { checkCopy(b, 'WriteRune'); const e = encodeRune(r); b.s += e; return [e.length, null]; });
bp.methods.set('Write', function* (_g: any, b: { s: string; addr: unknown }, p: Slice | null) { checkCopy(b, 'Write'); const s = String.fromCharCode(...toArray(p)); b.s += s; return [s.length, null]; });
bp.methods.set('String', function* (_g: any, b: { s: string }) { return b.s; });
bp.methods.set('Len', function* (_g: any, b: { s: string }) { return b.s.length; });
bp.methods.set('Reset', function* (_g: any, b: { s: string; addr: unknown }) { b.s = ''; b.addr = null; });
bp.methods.set('Grow', function* () { /* capacity is not modelled */ });
bp.methods.set('Cap', function* (_g: any, b: { s: string }) { return b.s.length; });

stringsTypes.Builder = builderT;
