/**
 * The type and object model of the checker, after go/types: `Type` kinds and `Obj` kinds.
 * Types are plain objects discriminated by `kind`; identity is decided by `identical()` (see predicates.ts).
 */
import type { Node, Pos } from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { Scope } from './scope.ts';

/** BasicKind lists the predeclared basic types and the untyped kinds. */
export type BasicKind =
  | 'invalid'
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128' | 'string' | 'unsafe.Pointer'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped string' | 'untyped nil';

/** Basic is a predeclared basic type; `name` differs from kind for the aliases byte and rune. */
export interface Basic { kind: 'basic'; basic: BasicKind; name: string }
/** Named is a defined type (possibly generic, or an instance when typeArgs is set, with orig the generic type). */
export interface Named {
  kind: 'named';
  obj: TypeName;
  /** underlying is resolved lazily for forward references; never a Named after resolution. */
  underlying: Type;
  methods: Func[];
  typeParams: TypeParam[];
  typeArgs?: Type[];
  orig?: Named;
}
/** Pointer is `*T`. */
export interface Pointer { kind: 'pointer'; elem: Type }
/** Slice is `[]T`. */
export interface Slice { kind: 'slice'; elem: Type }
/** ArrayT is `[N]T`. */
export interface ArrayT { kind: 'array'; len: number; elem: Type }
/** MapT is `map[K]V`. */
export interface MapT { kind: 'map'; key: Type; elem: Type }
/** Chan is `chan T` with a direction. */
export interface Chan { kind: 'chan'; dir: 'both' | 'send' | 'recv'; elem: Type }
/** Struct lists fields (embedded ones have `embedded` set) and their tags ('' when absent). */
export interface Struct { kind: 'struct'; fields: Var[]; tags: string[] }
/** Tuple is a parameter or result list, or the type of a multi-value expression. */
export interface Tuple { kind: 'tuple'; vars: Var[] }
/** Signature is a function type; variadic means the last param is `...T` (its type is []T). */
export interface Signature {
  kind: 'signature';
  params: Tuple;
  results: Tuple;
  variadic: boolean;
  recv?: Var;
  typeParams: TypeParam[];
}
/** Term is one term of a union constraint: `~T` (tilde) or `T`. */
export interface Term { tilde: boolean; type: Type }
/** Union is a union constraint element `A | ~B` (only inside interfaces). */
export interface Union { kind: 'union'; terms: Term[] }
/** Interface has explicit methods, embedded types; allMethods and typeSet are computed (see interfaces.ts). */
export interface Interface {
  kind: 'interface';
  methods: Func[];
  embeddeds: Type[];
  /** allMethods is the full method set including embedded interfaces, sorted by name; filled on completion. */
  allMethods?: Func[];
  /** terms is the type set's term list (undefined = all types); comparable marks `comparable`. */
  terms?: Term[];
  comparable?: boolean;
  /** implicit marks a constraint written as a bare union `[T ~int | ~string]`. */
  implicit?: boolean;
}
/** TypeParam is a type parameter of a generic function or type. */
export interface TypeParam { kind: 'typeparam'; obj: TypeName; index: number; constraint: Type; id: number }

/** Type is any type of the model. */
export type Type =
  | Basic | Named | Pointer | Slice | ArrayT | MapT | Chan | Struct | Tuple | Signature | Interface | Union | TypeParam;

// ---------------------------------------------------------------- objects

/** ObjBase is shared by every object kind. */
interface ObjBase {
  name: string;
  /** pos is where the object was declared (undefined for universe and stdlib objects without source). */
  pos?: Pos;
  type: Type;
  /** pkg is the import path of the declaring package ('' for universe objects, 'main' for the program). */
  pkg: string;
  parent?: Scope;
  /** decl is the declaring node when known. */
  decl?: Node;
}
/** Var is a variable, parameter, result or struct field. */
export interface Var extends ObjBase { kind: 'var'; embedded?: boolean; isField?: boolean; isParam?: boolean; used?: boolean; typeSet?: boolean }
/** Const is a declared constant with its value. */
export interface Const extends ObjBase { kind: 'const'; value: ConstValue }
/** TypeName names a type (defined, alias or type parameter). */
export interface TypeName extends ObjBase { kind: 'typename'; alias?: boolean }
/** Func is a function or method (type is a Signature; methods have sig.recv set). */
export interface Func extends ObjBase {
  kind: 'func'; type: Signature; ptrRecv?: boolean;
  /** resolve computes the signature of a method declared later in the source (set while checking). */
  resolve?: () => void;
}
/** PkgName is an imported package name in a file scope. */
export interface PkgName extends ObjBase { kind: 'pkgname'; path: string; used?: boolean; unsupported?: boolean }
/** BuiltinName lists Go's builtin functions. */
export type BuiltinName =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make' | 'max'
  | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover';
/** Builtin is a builtin function (its type is invalid: builtins are not values). */
export interface Builtin extends ObjBase { kind: 'builtin'; builtin: BuiltinName }
/** Nil is the predeclared nil. */
export interface Nil extends ObjBase { kind: 'nil' }
/** Label is a statement label. */
export interface Label extends ObjBase { kind: 'label'; used?: boolean }

/** Obj is any object kind. */
export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Nil | Label;

// ---------------------------------------------------------------- constructors and basics

const basics = new Map<string, Basic>();
/** basic returns the canonical Basic for a kind (and the alias name for byte/rune). */
export function basic(k: BasicKind, name: string = k): Basic {
  const key = `${k}/${name}`;
  let b = basics.get(key);
  if (!b) {
    b = { kind: 'basic', basic: k, name };
    basics.set(key, b);
  }
  return b;
}

/** Typ holds the predeclared basic types. */
export const Typ = {
  invalid: basic('invalid'),
  bool: basic('bool'), int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'),
  int64: basic('int64'), uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'),
  uint32: basic('uint32'), uint64: basic('uint64'), uintptr: basic('uintptr'), float32: basic('float32'),
  float64: basic('float64'), complex64: basic('complex64'), complex128: basic('complex128'),
  string: basic('string'), byte: basic('uint8', 'byte'), rune: basic('int32', 'rune'),
  untypedBool: basic('untyped bool'), untypedInt: basic('untyped int'), untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'), untypedString: basic('untyped string'), untypedNil: basic('untyped nil'),
} as const;

/** newTuple builds a Tuple. */
export function newTuple(vars: Var[]): Tuple {
  return { kind: 'tuple', vars };
}

/** newVar builds a Var object. */
export function newVar(name: string, type: Type, pkg: string, pos?: Pos, extra: Partial<Var> = {}): Var {
  return { kind: 'var', name, type, pkg, pos, ...extra };
}

/** newSignature builds a Signature. */
export function newSignature(params: Var[], results: Var[], variadic = false, recv?: Var, typeParams: TypeParam[] = []): Signature {
  return { kind: 'signature', params: newTuple(params), results: newTuple(results), variadic, recv, typeParams };
}

let typeParamIds = 0;
/** newTypeParam builds a TypeParam with a fresh id. */
export function newTypeParam(obj: TypeName, index: number, constraint: Type): TypeParam {
  return { kind: 'typeparam', obj, index, constraint, id: ++typeParamIds };
}

/** underlying returns the underlying type (a TypeParam's underlying is itself, as in go/types' core use). */
export function underlying(t: Type): Type {
  let u: Type = t;
  for (let i = 0; u.kind === 'named' && i < 100; i++) u = u.underlying;
  return u.kind === 'named' ? Typ.invalid : u;
}

/** isUntyped reports whether t is an untyped basic type. */
export function isUntyped(t: Type): boolean {
  return t.kind === 'basic' && t.basic.startsWith('untyped');
}

/** isInvalid reports whether t is the invalid type (errors already reported). */
export function isInvalid(t: Type | undefined): boolean {
  return !t || (t.kind === 'basic' && t.basic === 'invalid');
}
