/** types: emits the JS code that builds runtime type descriptors (RType) for checker types. */
import type { Type, Named } from '../types/types.ts';
import { underlying } from '../types/types.ts';
import { genericTypes } from './hooks.ts';

/** TypeTable assigns a JS constant to each distinct type and collects the code that builds them. */
export class TypeTable {
  readonly ids = new Map<string, string>();
  private readonly namedIds = new Map<Named | object, string>();
  readonly decls: string[] = [];
  readonly late: string[] = [];
  namedList: { t: Named; id: string }[] = [];
  /** embedding lists unnamed struct types with embedded fields (their promoted methods are computed at start). */
  readonly embedding: string[] = [];
  n = 0;
  /** pending underlying types, resolved by finish() once every type has its constant (recursive types). */
  readonly pending: (() => string)[] = [];

  /** finish resolves the underlying types of named types; call it before emitting decls and late. */
  finish(): void {
    while (this.pending.length) this.late.push(this.pending.shift()!());
  }
  /** TypeTable takes a probe saying whether the runtime implements a std named type. */
  constructor(private readonly hasStd: (pkg: string, name: string) => boolean = () => true) {}

  /** ref returns the JS expression of the descriptor for t (emitting its construction if new). */
  ref(t: Type): string {
    if (hasTypeParam(t)) return this.inline(t);
    switch (t.kind) {
      case 'basic': {
        const b = t.basic;
        if (b === 'untyped bool') return '$B.bool';
        if (b === 'untyped int') return '$B.int';
        if (b === 'untyped rune') return '$B.int32';
        if (b === 'untyped float') return '$B.float64';
        if (b === 'untyped string') return '$B.string';
        if (b === 'untyped nil') return '$B.unsafeptr';
        if (b === 'unsafe.Pointer') return '$B.unsafeptr';
        return `$B[${JSON.stringify(b)}]`;
      }
      case 'named': return this.named(t);
      case 'typeparam': return `$tp${t.id}`;
    }
    const key = this.key(t);
    const have = this.ids.get(key);
    if (have) return have;
    const id = `$t${this.n++}`;
    this.ids.set(key, id);
    switch (t.kind) {
      case 'pointer': this.decls.push(`const ${id} = $H.ptrTo(${this.ref(t.elem)});`); break;
      case 'slice': this.decls.push(`const ${id} = $H.sliceOf(${this.ref(t.elem)});`); break;
      case 'array': this.decls.push(`const ${id} = $H.arrayOf(${this.ref(t.elem)}, ${t.len});`); break;
      case 'map': this.decls.push(`const ${id} = $H.mapOf(${this.ref(t.key)}, ${this.ref(t.elem)});`); break;
      case 'chan': this.decls.push(`const ${id} = $H.chanOf(${this.ref(t.elem)}, ${JSON.stringify(t.dir)});`); break;
      case 'signature': {
        const ps = t.params.vars.map((v) => this.ref(v.type)).join(', ');
        const rs = t.results.vars.map((v) => this.ref(v.type)).join(', ');
        this.decls.push(`const ${id} = $H.funcOf([${ps}], [${rs}], ${t.variadic});`);
        break;
      }
      case 'struct': {
        const fs = t.fields.map((f, i) => `{name: ${JSON.stringify(f.name)}, key: ${JSON.stringify(fieldKey(t.fields, i))}, type: ${this.ref(f.type)}, embedded: ${!!f.embedded}, exported: ${/^[A-Z]/.test(f.name)}${t.tags[i] ? ', tag: ' + JSON.stringify(unquoteTag(t.tags[i]!)) : ''}}`);
        this.decls.push(`const ${id} = $H.structOf([${fs.join(', ')}]);`);
        if (t.fields.some((f) => f.embedded)) this.embedding.push(id);
        break;
      }
      case 'interface': {
        const ms = (t.allMethods ?? t.methods).map((m) => m.name);
        this.decls.push(`const ${id} = $H.interfaceOf(${JSON.stringify(interfaceString(t, this))}, ${JSON.stringify(ms)});`);
        break;
      }
      default:
        this.decls.push(`const ${id} = $H.anyType;`);
    }
    return id;
  }

  /** inline builds a descriptor at run time for a type that mentions type parameters (not hoisted). */
  private inline(t: Type): string {
    switch (t.kind) {
      case 'typeparam': return `$tp${t.id}`;
      case 'pointer': return `$H.ptrTo(${this.ref(t.elem)})`;
      case 'slice': return `$H.sliceOf(${this.ref(t.elem)})`;
      case 'array': return `$H.arrayOf(${this.ref(t.elem)}, ${t.len})`;
      case 'map': return `$H.mapOf(${this.ref(t.key)}, ${this.ref(t.elem)})`;
      case 'chan': return `$H.chanOf(${this.ref(t.elem)}, ${JSON.stringify(t.dir)})`;
      case 'signature': return `$H.funcOf([${t.params.vars.map((v) => this.ref(v.type)).join(', ')}], [${t.results.vars.map((v) => this.ref(v.type)).join(', ')}], ${t.variadic})`;
      case 'named': return genericTypes(t).inline(this, t);
      case 'struct': {
        const fs = t.fields.map((f, i) => `{name: ${JSON.stringify(f.name)}, key: ${JSON.stringify(fieldKey(t.fields, i))}, type: ${this.ref(f.type)}, embedded: ${!!f.embedded}, exported: ${/^[A-Z]/.test(f.name)}}`);
        return `$H.structOf([${fs.join(', ')}])`;
      }
    }
    return '$H.anyType';
  }

  private named(t: Named): string {
    const obj = t.obj;
    if (t.typeArgs && t.typeArgs.length && obj.pkg === 'main') return genericTypes(t).named(this, t);
    const cached = this.namedIds.get(t.typeArgs ? (t as object) : obj);
    if (cached) return cached;
    if (obj.pkg === '' && obj.name === 'error') return '$H.errorType';
    if (obj.pkg === '' && obj.name === 'comparable') return '$H.anyType';
    if (obj.pkg !== 'main' && obj.pkg !== '') {
      if (this.hasStd(obj.pkg, obj.name)) return `$rt.pkgs[${JSON.stringify(obj.pkg)}].types[${JSON.stringify(obj.name)}]`;
      const sid = `$s${this.n++}_${obj.name}`;
      this.namedIds.set(obj, sid);
      const u = underlying(t);
      const str = JSON.stringify(typeString(t));
      if (u.kind === 'interface') this.decls.push(`const ${sid} = $H.interfaceOf(${str}, ${JSON.stringify((u.allMethods ?? u.methods).map((m) => m.name))});`);
      else { this.decls.push(`const ${sid} = $H.named(${JSON.stringify(obj.pkg.split('/').pop())}, ${JSON.stringify(obj.name)}, ${this.ref(u)});`); }
      return sid;
    }
    const key = t.typeArgs ? t.orig ?? t : t;
    let id = this.namedIds.get(t.typeArgs ? (t as object) : obj);
    if (id) return id;
    if (id) return id;
    id = `$n${this.n++}_${obj.name}`;
    this.namedIds.set(t.typeArgs ? (t as object) : obj, id);
    void key;
    const nm = t.typeArgs ? obj.name + '[' + t.typeArgs.map((a) => typeString(a)).join(',') + ']' : obj.name;
    this.decls.push(`const ${id} = $H.named("main", ${JSON.stringify(nm)}, $H.anyType);`);
    const u = underlying(t);
    this.pending.push(() => `$H.setUnderlying(${id}, ${this.ref(u)});`);
    this.namedList.push({ t, id });
    return id;
  }

  key(t: Type): string {
    switch (t.kind) {
      case 'basic': return t.basic;
      case 'named': return t.typeArgs && t.typeArgs.length ? 'I' + t.obj.name + '[' + t.typeArgs.map((a) => this.key(a)).join(',') + ']' : 'N' + (this.namedIds.get(t.obj) ?? this.named(t));
      case 'typeparam': return 'P' + t.id;
      case 'pointer': return '*' + this.key(t.elem);
      case 'slice': return '[]' + this.key(t.elem);
      case 'array': return `[${t.len}]` + this.key(t.elem);
      case 'map': return `map[${this.key(t.key)}]` + this.key(t.elem);
      case 'chan': return `chan(${t.dir})` + this.key(t.elem);
      case 'signature': return `func(${t.params.vars.map((v) => this.key(v.type)).join(',')}${t.variadic ? '...' : ''})(${t.results.vars.map((v) => this.key(v.type)).join(',')})`;
      case 'struct': return `struct{${t.fields.map((f, i) => (f.embedded ? '!' : '') + f.name + ' ' + this.key(f.type) + ' ' + JSON.stringify(t.tags[i] ?? '')).join(';')}}`;
      case 'interface': return `interface{${(t.allMethods ?? t.methods).map((m) => m.name + this.key(m.type)).join(';')}}`;
      case 'tuple': return `(${t.vars.map((v) => this.key(v.type)).join(',')})`;
      default: return t.kind;
    }
  }
}

/** fieldKey is the JS property name of struct field i (blank fields get unique keys). */
export function fieldKey(fields: { name: string }[], i: number): string {
  const n = fields[i]!.name;
  if (n === '_') return '_$' + i;
  if (n === '__proto__' || n === 'constructor') return '$' + n;
  return n;
}

function unquoteTag(s: string): string {
  if (s.startsWith('`')) return s.slice(1, -1);
  try { return JSON.parse(s); } catch { return s; }
}

/** typeString spells a checker type as Go's %T prints it. */
export function typeString(t: Type): string {
  switch (t.kind) {
    case 'basic': return t.name.startsWith('untyped ') ? t.name.slice(8) === 'rune' ? 'int32' : t.name.slice(8) === 'nil' ? 'nil' : t.name.slice(8) === 'float' ? 'float64' : t.name.slice(8) : t.name === 'byte' ? 'uint8' : t.name === 'rune' ? 'int32' : t.name;
    case 'named': {
      const base = t.obj.pkg && t.obj.pkg !== '' ? `${t.obj.pkg.split('/').pop()}.${t.obj.name}` : t.obj.name;
      return t.typeArgs ? base + '[' + t.typeArgs.map(typeString).join(',') + ']' : base;
    }
    case 'pointer': return '*' + typeString(t.elem);
    case 'slice': return '[]' + typeString(t.elem);
    case 'array': return `[${t.len}]${typeString(t.elem)}`;
    case 'map': return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'chan': return t.dir === 'send' ? 'chan<- ' + typeString(t.elem) : t.dir === 'recv' ? '<-chan ' + typeString(t.elem) : 'chan ' + typeString(t.elem);
    case 'signature': {
      const ps = t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 && v.type.kind === 'slice' ? '...' + typeString(v.type.elem) : typeString(v.type))).join(', ');
      const rs = t.results.vars.length === 0 ? '' : t.results.vars.length === 1 ? ' ' + typeString(t.results.vars[0]!.type) : ' (' + t.results.vars.map((v) => typeString(v.type)).join(', ') + ')';
      return `func(${ps})${rs}`;
    }
    case 'struct': return t.fields.length === 0 ? 'struct {}' : 'struct { ' + t.fields.map((f) => (f.embedded ? typeString(f.type) : f.name + ' ' + typeString(f.type))).join('; ') + ' }';
    case 'interface': return interfaceString(t, null);
    case 'typeparam': return t.obj.name;
    default: return t.kind;
  }
}

function interfaceString(t: Type & { kind: 'interface' }, _tt: TypeTable | null): string {
  const ms = t.allMethods ?? t.methods;
  if (ms.length === 0 && t.embeddeds.length === 0) return 'interface {}';
  const parts = ms.map((m) => m.name + typeString(m.type).slice(4));
  return 'interface { ' + parts.join('; ') + ' }';
}

/** hasTypeParam says whether t mentions a type parameter (its descriptor must then be built at run time). */
export function hasTypeParam(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'typeparam': return true;
    case 'pointer': case 'slice': case 'array': case 'chan': return hasTypeParam(t.elem, seen);
    case 'map': return hasTypeParam(t.key, seen) || hasTypeParam(t.elem, seen);
    case 'named': return !!t.typeArgs && t.typeArgs.some((a) => hasTypeParam(a, seen));
    case 'signature': return t.params.vars.some((v) => hasTypeParam(v.type, seen)) || t.results.vars.some((v) => hasTypeParam(v.type, seen));
    case 'struct': return t.fields.some((f) => hasTypeParam(f.type, seen));
    case 'tuple': return t.vars.some((v) => hasTypeParam(v.type, seen));
  }
  return false;
}
