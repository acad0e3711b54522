/** Lexical scopes: universe → package → file → function → blocks, as in go/types. */
import type { Node } from '../syntax/ast.ts';
import type { Obj } from './types.ts';

/** Scope maps names to objects and links to its parent. */
export class Scope {
  readonly names = new Map<string, Obj>();
  readonly children: Scope[] = [];
  /** Scope creates a child of parent (none for the universe); kind says what opened it. */
  constructor(
    readonly parent: Scope | undefined,
    readonly kind: 'universe' | 'package' | 'file' | 'func' | 'block',
    readonly node?: Node,
  ) {
    parent?.children.push(this);
  }

  /** lookup finds name in this scope only. */
  lookup(name: string): Obj | undefined {
    return this.names.get(name);
  }

  /** lookupParent finds name here or in an enclosing scope, returning the object and its scope. */
  lookupParent(name: string): [Scope, Obj] | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const o = s.names.get(name);
      if (o) return [s, o];
    }
    return undefined;
  }

  /** insert adds obj unless the name is taken; returns the existing object on a clash. */
  insert(obj: Obj): Obj | undefined {
    const prev = this.names.get(obj.name);
    if (prev) return prev;
    this.names.set(obj.name, obj);
    if (!obj.parent) obj.parent = this;
    return undefined;
  }
}
