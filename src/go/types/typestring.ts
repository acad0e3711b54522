/**
 * typestring prints types as types2 does in messages: `[]int`, `*T`, `map[string]int`, `func(x int) error`. Part of
 * the diagnostics chunk (key `go:diag`): the checker calls it through names.ts.
 */
import { typesHooks } from './hooks.ts';
import { anyInterface, pkgName } from './names.ts';
import type { Signature, Tuple, Type } from './types.ts';

/** typeString renders t; types of package main are unqualified, others are `pkg.Name`. */
export function typeString(t: Type): string {
  const seen = new Set<Type>();
  const w = (t: Type): string => {
    switch (t.kind) {
      case 'basic':
        return t.name;
      case 'named': {
        const o = t.obj;
        let s = o.pkg && o.pkg !== 'main' ? `${pkgName(o.pkg)}.${o.name}` : o.name;
        if (t.typeArgs && t.typeArgs.length) s += `[${t.typeArgs.map(w).join(',')}]`;
        return s;
      }
      case 'typeparam':
        return t.obj.name;
      case 'pointer':
        return '*' + w(t.elem);
      case 'slice':
        return '[]' + w(t.elem);
      case 'array':
        return `[${t.len}]${w(t.elem)}`;
      case 'map':
        return `map[${w(t.key)}]${w(t.elem)}`;
      case 'chan': {
        if (t.dir === 'send') return 'chan<- ' + w(t.elem);
        if (t.dir === 'recv') return '<-chan ' + w(t.elem);
        const e = w(t.elem);
        return t.elem.kind === 'chan' && t.elem.dir === 'recv' ? `chan (${e})` : `chan ${e}`;
      }
      case 'struct': {
        if (seen.has(t)) return 'struct{...}';
        seen.add(t);
        const parts = t.fields.map((f, i) => {
          let s = f.embedded ? w(f.type) : `${f.name} ${w(f.type)}`;
          if (t.tags[i]) s += ' ' + JSON.stringify(t.tags[i]);
          return s;
        });
        seen.delete(t);
        return `struct{${parts.join('; ')}}`;
      }
      case 'tuple':
        return tupleString(t, false, w);
      case 'signature':
        return 'func' + signatureString(t, w);
      case 'union':
        return t.terms.map((x) => (x.tilde ? '~' : '') + w(x.type)).join(' | ');
      case 'interface': {
        if (t === anyInterface()) return 'any';
        if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) return w(t.embeddeds[0]);
        const parts: string[] = [];
        for (const m of t.methods) parts.push(m.name + signatureString(m.type, w));
        for (const e of t.embeddeds) parts.push(w(e));
        return `interface{${parts.join('; ')}}`;
      }
    }
  };
  return w(t);
}


function tupleString(t: Tuple, variadic: boolean, w: (t: Type) => string): string {
  const parts = t.vars.map((v, i) => {
    let ts: string;
    if (variadic && i === t.vars.length - 1) {
      const el = v.type.kind === 'slice' ? v.type.elem : v.type;
      ts = '...' + w(el);
    } else ts = w(v.type);
    return v.name ? `${v.name} ${ts}` : ts;
  });
  return `(${parts.join(', ')})`;
}

/** signatureString renders `(params) results` without the func keyword. */
export function signatureString(s: Signature, w: (t: Type) => string = typeString): string {
  let out = tupleString(s.params, s.variadic, w);
  const r = s.results.vars;
  if (r.length === 1 && !r[0].name) out += ' ' + w(r[0].type);
  else if (r.length > 0) out += ' ' + tupleString(s.results, false, w);
  return out;
}

typesHooks.typeString = typeString;
