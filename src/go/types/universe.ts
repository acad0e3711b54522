/** Universe is the outermost scope: predeclared types, constants, nil and builtin functions. */
import { intVal } from './constant.ts';
import { Scope } from './scope.ts';
import { setAnyInterface } from './names.ts';
import {
  Typ, newSignature, newVar, type Builtin, type BuiltinName, type Func, type Interface, type Named, type TypeName, type Type,
} from './types.ts';

/** Universe is the shared universe scope. */
export const Universe = new Scope(undefined, 'universe');

function defType(name: string, t: Type): TypeName {
  const obj: TypeName = { kind: 'typename', name, type: t, pkg: '' };
  Universe.insert(obj);
  return obj;
}

for (const [name, t] of Object.entries({
  bool: Typ.bool, int: Typ.int, int8: Typ.int8, int16: Typ.int16, int32: Typ.int32, int64: Typ.int64,
  uint: Typ.uint, uint8: Typ.uint8, uint16: Typ.uint16, uint32: Typ.uint32, uint64: Typ.uint64, uintptr: Typ.uintptr,
  float32: Typ.float32, float64: Typ.float64, complex64: Typ.complex64, complex128: Typ.complex128,
  string: Typ.string, byte: Typ.byte, rune: Typ.rune,
})) {
  defType(name, t);
}

/** anyType is the empty interface spelled `any`. */
export const anyType: Interface = { kind: 'interface', methods: [], embeddeds: [], allMethods: [] };
setAnyInterface(anyType);
defType('any', anyType).alias = true;

const errorObj: TypeName = { kind: 'typename', name: 'error', type: undefined as unknown as Type, pkg: '' };
const errorIface: Interface = { kind: 'interface', methods: [], embeddeds: [] };
/** errorType is the predeclared interface `error`. */
export const errorType: Named = { kind: 'named', obj: errorObj, underlying: errorIface, methods: [], typeParams: [] };
errorObj.type = errorType;
const errorMethod: Func = {
  kind: 'func', name: 'Error', pkg: '', type: newSignature([], [newVar('', Typ.string, '')], false, newVar('', errorType, '')),
};
errorIface.methods.push(errorMethod);
errorIface.allMethods = [errorMethod];
Universe.insert(errorObj);

const comparableObj: TypeName = { kind: 'typename', name: 'comparable', type: undefined as unknown as Type, pkg: '' };
/** comparableType is the predeclared constraint `comparable`. */
export const comparableType: Named = {
  kind: 'named', obj: comparableObj, methods: [], typeParams: [],
  underlying: { kind: 'interface', methods: [], embeddeds: [], allMethods: [], comparable: true },
};
comparableObj.type = comparableType;
Universe.insert(comparableObj);

Universe.insert({ kind: 'const', name: 'true', type: Typ.untypedBool, pkg: '', value: { kind: 'bool', value: true } });
Universe.insert({ kind: 'const', name: 'false', type: Typ.untypedBool, pkg: '', value: { kind: 'bool', value: false } });
Universe.insert({ kind: 'const', name: 'iota', type: Typ.untypedInt, pkg: '', value: intVal(0) });
Universe.insert({ kind: 'nil', name: 'nil', type: Typ.untypedNil, pkg: '' });

const builtins: BuiltinName[] = ['append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max',
  'min', 'new', 'panic', 'print', 'println', 'real', 'recover'];
for (const b of builtins) {
  const obj: Builtin = { kind: 'builtin', name: b, builtin: b, type: Typ.invalid, pkg: '' };
  Universe.insert(obj);
}

/** iotaObj is the universe's iota (its value is replaced per const spec by the checker). */
export const iotaObj = Universe.lookup('iota')!;
