/**
 * json: encoding/json's encoding side as Go 1.23 writes it — Marshal, MarshalIndent, Encoder (Encode's
 * trailing newline, SetEscapeHTML, SetIndent), Valid. Struct tags (name, omitempty, string, "-"), embedded
 * structs, sorted map keys (strings and integers), []byte as base64, floats in Go's 'f'/'e' choice, HTML
 * escaping of < > & and U+2028/U+2029, Marshaler and TextMarshaler methods, time.Time as RFC 3339.
 * Decoding (Unmarshal, Decoder) is not part of the course runtime.
 */
import { basic, hostType, ptrTo, type Iface, type RField, type RType } from '../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import type { GoMap } from '../runtime/map.ts';
import { H } from '../runtime/helpers.ts';
import { decodeRune, fromByteString } from './format/utf8.ts';
import { formatFloat } from './format/float.ts';
import { formatTime } from './time-format.ts';

const HEX = '0123456789abcdef';

/** JsonError is an error Marshal returns (Go's *json.UnsupportedTypeError and friends); its text is Error(). */
export class JsonError { constructor(readonly typeName: string, readonly text: string) {} }

function isHtmlUnsafe(c: number): boolean { return c === 0x3c || c === 0x3e || c === 0x26; }

/** quote is appendString: a Go byte string as a JSON string (HTML-escaped when html). */
export function quote(s: string, html: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      if (b >= 0x20 && b !== 0x22 && b !== 0x5c && !(html && isHtmlUnsafe(b))) out += s[i];
      else if (b === 0x22 || b === 0x5c) out += '\\' + s[i];
      else if (b === 0x08) out += '\\b';
      else if (b === 0x0c) out += '\\f';
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else if (b === 0x09) out += '\\t';
      else out += '\\u00' + HEX[b >> 4] + HEX[b & 15];
      i++;
      continue;
    }
    const [r, size] = decodeRune(s, i);
    if (r === 0xfffd && size === 1) out += '\\ufffd';
    else if (r === 0x2028 || r === 0x2029) out += '\\u202' + HEX[r & 15];
    else out += s.slice(i, i + size);
    i += size;
  }
  return out + '"';
}

function floatText(f: number, bits: 32 | 64): string | JsonError {
  if (!Number.isFinite(f)) return new JsonError('*json.UnsupportedValueError', `json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  const abs = Math.abs(f);
  const useE = abs !== 0 && (abs < 1e-6 || abs >= 1e21);
  let s = formatFloat(f, useE ? 'e' : 'f', -1, bits);
  if (useE) s = s.replace(/e-0(\d)$/, 'e-$1');
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

/** JsonField is one encoded struct field after Go's typeFields (name, path through embedded structs, options). */
interface JsonField { name: string; path: RField[]; omitEmpty: boolean; quoted: boolean; tagged: boolean; depth: number }

const fieldCache = new Map<RType, JsonField[]>();

function parseTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /(?:^|\s)json:"((?:[^"\\]|\\.)*)"/.exec(tag);
  return m ? m[1] : undefined;
}

const validName = (s: string) => s !== '' && [...s].every((c) => /[\p{L}\p{N}!#$%&()*+\-./:;<=>?@[\]^_{|}~ ]/u.test(c));

/** typeFields is Go's typeFields: exported fields, embedded structs flattened, dominant names kept in order. */
function typeFields(t: RType): JsonField[] {
  const hit = fieldCache.get(t);
  if (hit) return hit;
  const all: JsonField[] = [];
  const walk = (st: RType, path: RField[], depth: number, seen: Set<RType>) => {
    if (seen.has(st)) return;
    seen = new Set(seen).add(st);
    for (const f of st.fields ?? []) {
      const tag = parseTag(f.tag);
      if (tag === '-') continue;
      const ft = f.type.kind === 'ptr' && !f.type.name ? f.type.elem! : f.type;
      if (f.embedded) {
        if (!f.exported && ft.kind !== 'struct') continue;
      } else if (!f.exported) continue;
      const [tname, ...opts] = (tag ?? '').split(',');
      const name = tname && validName(tname) ? tname : '';
      if (f.embedded && name === '' && ft.kind === 'struct') { walk(ft, [...path, f], depth + 1, seen); continue; }
      const k = f.type.kind;
      const quotable = ['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'string'].includes(k);
      all.push({ name: name || f.name, path: [...path, f], omitEmpty: opts.includes('omitempty'), quoted: opts.includes('string') && quotable, tagged: name !== '', depth });
    }
  };
  walk(t, [], 0, new Set());
  // dominance: for each name, the shallowest field; at equal depth a tagged one; otherwise the name is dropped
  const out: JsonField[] = [];
  for (const f of all) {
    const same = all.filter((o) => o.name === f.name);
    const minDepth = Math.min(...same.map((o) => o.depth));
    const top = same.filter((o) => o.depth === minDepth);
    const tagged = top.filter((o) => o.tagged);
    const winner = top.length === 1 ? top[0] : tagged.length === 1 ? tagged[0] : undefined;
    if (winner === f) out.push(f);
  }
  fieldCache.set(t, out);
  return out;
}

function isEmpty(t: RType, v: any): boolean {
  switch (t.kind) {
    case 'bool': return v === false;
    case 'string': return v === '';
    case 'slice': return v === null || (v as Slice).l === 0;
    case 'map': return v === null || (v as GoMap).m.size === 0;
    case 'array': return t.len === 0;
    case 'ptr': case 'interface': case 'func': case 'chan': return v === null;
    case 'struct': case 'host': return false;
    default: return v === 0 || v === 0n;
  }
}

/** Opts are an encoder's settings. */
export interface JsonOpts { html: boolean }

/** encode is the encoder for a value of type t (a generator: Marshaler methods are Go code). */
export function* encode(g: any, t: RType, v: any, o: JsonOpts, quoted = false, addressable = false): Generator<unknown, string, unknown> {
  // An addressable value (reached through a pointer or a slice) also has its pointer type's methods, as in Go.
  if (addressable && t.kind !== 'ptr' && t.kind !== 'interface' && !t.methods.get('MarshalJSON') && !t.methods.get('MarshalText')) {
    const pt = ptrTo(t);
    if (pt.methods.get('MarshalJSON') || pt.methods.get('MarshalText')) {
      const aggregate = t.kind === 'struct' || t.kind === 'array' || t.kind === 'host';
      return yield* encode(g, pt, aggregate ? v : { v }, o, quoted);
    }
  }
  const marshal = t.methods.get('MarshalJSON');
  if (marshal && !(t.kind === 'ptr' && v === null)) {
    const [b, err] = (yield* marshal(g, v)) as [Slice | null, Iface | null];
    if (err !== null) throw new JsonError('*json.MarshalerError', `json: error calling MarshalJSON for type ${t.str}: ${yield* H.imethod(err, 'Error')(g)}`);
    const text = String.fromCharCode(...(toArray(b) as number[]));
    const c = compact(text, o.html);
    if (c === null) throw new JsonError('*json.MarshalerError', `json: error calling MarshalJSON for type ${t.str}: invalid character in output`);
    return c;
  }
  const text = t.methods.get('MarshalText');
  if (text && !(t.kind === 'ptr' && v === null)) {
    const [b, err] = (yield* text(g, v)) as [Slice | null, Iface | null];
    if (err !== null) throw new JsonError('*json.MarshalerError', `json: error calling MarshalText for type ${t.str}: ${yield* H.imethod(err, 'Error')(g)}`);
    return quote(String.fromCharCode(...(toArray(b) as number[])), o.html);
  }
  const q = (s: string) => (quoted ? quote(s, o.html) : s);
  switch (t.kind) {
    case 'bool': return q(v ? 'true' : 'false');
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return q(String(v));
    case 'float32': case 'float64': {
      const s = floatText(v, t.kind === 'float32' ? 32 : 64);
      if (s instanceof JsonError) throw s;
      return q(s);
    }
    case 'string': return quoted ? quote(quote(v, o.html), o.html) : quote(v, o.html);
    case 'interface': return v === null ? 'null' : yield* encode(g, (v as Iface).t, (v as Iface).v, o);
    case 'ptr': {
      if (v === null) return 'null';
      const e = t.elem!;
      const aggregate = e.kind === 'struct' || e.kind === 'array' || e.kind === 'host';
      return yield* encode(g, e, aggregate ? v : v.v, o, quoted, true);
    }
    case 'slice': {
      if (v === null) return 'null';
      const items = toArray(v);
      if (t.elem!.kind === 'uint8' && !t.elem!.methods.get('MarshalJSON') && !t.elem!.methods.get('MarshalText')) return '"' + base64(items as number[]) + '"';
      const parts: string[] = [];
      for (const x of items) parts.push(yield* encode(g, t.elem!, x, o, false, true));
      return '[' + parts.join(',') + ']';
    }
    case 'array': {
      const parts: string[] = [];
      for (const x of v as unknown[]) parts.push(yield* encode(g, t.elem!, x, o, false, addressable));
      return '[' + parts.join(',') + ']';
    }
    case 'map': {
      if (v === null) return 'null';
      const kt = t.key!;
      const keyText = kt.methods.get('MarshalText');
      if (kt.kind !== 'string' && !/^u?int/.test(kt.kind) && !keyText) throw new JsonError('*json.UnsupportedTypeError', `json: unsupported type: ${t.str}`);
      const entries: [string, string][] = [];
      for (const [k, x] of (v as GoMap).m.values()) {
        let ks: string;
        if (kt.kind === 'string') ks = k as string;
        else if (keyText) { const [b] = (yield* keyText(g, k)) as [Slice | null]; ks = String.fromCharCode(...(toArray(b) as number[])); }
        else ks = String(k);
        entries.push([ks, yield* encode(g, t.elem!, x, o)]);
      }
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return '{' + entries.map(([k, x]) => quote(k, o.html) + ':' + x).join(',') + '}';
    }
    case 'struct': {
      const parts: string[] = [];
      for (const f of typeFields(t)) {
        let cur: any = v;
        let ft: RType = t;
        let nil = false;
        let addr = addressable;
        for (const step of f.path) {
          if (ft.kind === 'ptr') { if (cur === null) { nil = true; break; } ft = ft.elem!; addr = true; }
          cur = cur[step.key];
          ft = step.type;
        }
        if (nil) continue;
        if (f.omitEmpty && isEmpty(ft, cur)) continue;
        parts.push(quote(f.name, o.html) + ':' + (yield* encode(g, ft, cur, o, f.quoted, addr)));
      }
      return '{' + parts.join(',') + '}';
    }
    case 'host':
      if (t.str === 'time.Time') return '"' + (v.zero && v.ns === 0 ? '0001-01-01T00:00:00Z' : formatTime(v.ns, '2006-01-02T15:04:05.999999999Z07:00', v.zero === true)) + '"';
      return '{}';
    default:
      throw new JsonError('*json.UnsupportedTypeError', `json: unsupported type: ${t.str}`);
  }
}

/** compact removes insignificant space from JSON text (escaping < > & in strings when html); null if it is not JSON. */
export function compact(s: string, html: boolean): string | null {
  try { JSON.parse(fromByteString(s)); } catch { return null; }
  let out = '';
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inStr) {
      if (c === '\\') { out += c + s[i + 1]; i++; continue; }
      if (c === '"') inStr = false;
      out += html && isHtmlUnsafe(c.charCodeAt(0)) ? '\\u00' + HEX[c.charCodeAt(0) >> 4] + HEX[c.charCodeAt(0) & 15] : c;
    } else if (c === '"') { inStr = true; out += c; } else if (!' \t\n\r'.includes(c)) out += c;
  }
  return out;
}

/** indent is json.Indent of compact JSON text. */
export function indent(s: string, prefix: string, ind: string): string {
  let out = '';
  let depth = 0;
  let inStr = false;
  const nl = () => '\n' + prefix + ind.repeat(depth);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inStr) {
      out += c;
      if (c === '\\') { out += s[i + 1]; i++; } else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') { inStr = true; out += c; continue; }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      if (s[i + 1] === close) { out += c + close; i++; continue; }
      depth++;
      out += c + nl();
    } else if (c === '}' || c === ']') { depth--; out += nl() + c; } else if (c === ',') out += c + nl();
    else if (c === ':') out += ': ';
    else out += c;
  }
  return out;
}

/** jsonErrorT is the dynamic type of Marshal's errors (%T as Go prints the concrete error type). */
function errIface(e: JsonError): Iface {
  const t = hostType('json', e.typeName.replace(/^\*json\./, ''), () => null);
  t.str = e.typeName;
  t.methods.set('Error', function* () { return e.text; });
  return { t, v: e };
}

const bytesOf = (s: string): Slice => fromArray([...s].map((c) => c.charCodeAt(0)));

/** EncoderState is a *json.Encoder's value. */
interface EncoderState { w: Iface; html: boolean; prefix: string; indent: string }
/** encoderT is json.Encoder. */
export const encoderT: RType = hostType('json', 'Encoder', (): EncoderState | null => null);
ptrTo(encoderT).methods.set('Encode', function* (g: unknown, e: EncoderState, v: Iface | null) {
  let text: string;
  try { text = v === null ? 'null' : yield* encode(g, v.t, v.v, { html: e.html }); } catch (x) { if (x instanceof JsonError) return errIface(x); throw x; }
  if (e.prefix !== '' || e.indent !== '') text = indent(text, e.prefix, e.indent);
  const [, err] = (yield* H.imethod(e.w, 'Write')(g, bytesOf(text + '\n'))) as [number, Iface | null];
  return err;
});
ptrTo(encoderT).methods.set('SetEscapeHTML', function* (_g: unknown, e: EncoderState, on: boolean) { e.html = on; });
ptrTo(encoderT).methods.set('SetIndent', function* (_g: unknown, e: EncoderState, p: string, i: string) { e.prefix = p; e.indent = i; });

/** jsonPackage builds encoding/json. */
export function jsonPackage() {
  const marshal = function* (g: unknown, v: Iface | null, pi?: [string, string]) {
    try {
      let text = v === null ? 'null' : yield* encode(g, v.t, v.v, { html: true });
      if (pi) text = indent(text, pi[0], pi[1]);
      return [bytesOf(text), null];
    } catch (x) {
      if (x instanceof JsonError) return [null, errIface(x)];
      throw x;
    }
  };
  return {
    types: { Encoder: encoderT },
    vars: {},
    funcs: {
      Marshal: function* (g: unknown, v: Iface | null) { return yield* marshal(g, v); },
      MarshalIndent: function* (g: unknown, v: Iface | null, p: string, i: string) { return yield* marshal(g, v, [p, i]); },
      NewEncoder: (_g: unknown, w: Iface): EncoderState => ({ w, html: true, prefix: '', indent: '' }),
      Valid: (_g: unknown, b: Slice | null) => { try { JSON.parse(fromByteString(String.fromCharCode(...(toArray(b) as number[])))); return true; } catch { return false; } },
    },
  };
}

void basic;
