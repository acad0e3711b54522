/** operandString describes an operand as types2 does: `x (variable of type int)`, `"a" (untyped string constant)`. */
import { exprString } from '../syntax/parser.ts';
import type { Operand } from './checker.ts';
import { constString } from './constant.ts';
import { typeString } from './typestring.ts';
import { isInvalid, isUntyped, type Basic } from './types.ts';

const MODE: Record<string, string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', typexpr: 'type', constant: 'constant',
  variable: 'variable', mapindex: 'map index expression', value: 'value', commaok: 'comma, ok expression',
};

/** operandString renders x for messages. */
export function operandString(x: Operand): string {
  if (x.mode === 'nil') return isUntyped(x.type) || isInvalid(x.type) ? 'nil' : `nil (of type ${typeString(x.type)})`;
  let expr = x.expr ? exprString(x.expr) : '';
  if (!expr) {
    if (x.mode === 'builtin') expr = x.builtin ?? '';
    else if (x.mode === 'typexpr') expr = typeString(x.type);
    else if (x.mode === 'constant' && x.value) expr = constString(x.value);
  }
  let s = expr ? expr + ' (' : '';
  let hasType = false;
  if (!['invalid', 'novalue', 'builtin', 'typexpr'].includes(x.mode)) {
    if (isUntyped(x.type)) s += (x.type as Basic).name + ' ';
    else hasType = true;
  }
  s += MODE[x.mode] ?? x.mode;
  if (x.mode === 'constant' && x.value) {
    const v = constString(x.value);
    if (v !== expr) s += ' ' + v;
  }
  if (hasType) {
    if (!isInvalid(x.type)) {
      const generic = (x.type.kind === 'signature' && x.type.typeParams.length > 0) ||
        (x.type.kind === 'named' && x.type.typeParams.length > 0 && !x.type.typeArgs);
      s += (generic ? ' of generic type ' : ' of type ') + typeString(x.type);
      if (x.type.kind === 'typeparam') s += ' constrained by ' + typeString(x.type.constraint);
    } else s += ' with invalid type';
  }
  if (expr) s += ')';
  return s;
}
