/** frame-words: how many 8-byte words gc's amd64 ABI gives a call's arguments (for Go's stack-overflow frame count). */
import { underlying, type Signature, type Type } from '../types/types.ts';

/** typeWords is the number of machine words a value of t occupies (string 2, slice 3, interface 2, struct the sum of its fields). */
export function typeWords(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'basic': return u.basic === 'string' || u.basic === 'complex128' || u.basic === 'untyped string' ? 2 : 1;
    case 'slice': return 3;
    case 'interface': return 2;
    case 'struct': { let n = 0; for (const f of u.fields) n += typeWords(f.type); return n; }
    case 'array': return u.len * typeWords(u.elem);
    default: return 1;
  }
}

/** callWords is the argument words of a call to sig (a method call adds its receiver's word). */
export function callWords(sig: Signature, method: boolean): number {
  let n = method ? 1 : 0;
  for (const p of sig.params.vars) n += typeWords(p.type);
  return n;
}
