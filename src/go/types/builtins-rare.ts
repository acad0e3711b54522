/**
 * builtins-rare: checking the built-ins copy, delete, clear, close, print, println, min and max (key
 * `go:builtins`: loaded in the browser only for programs that call one of them; see syntax/features.ts).
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import { assignment } from './assign.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import { convertUntyped, expr, rawExpr, singleValue, updateExprType } from './expr.ts';
import { typesHooks } from './hooks.ts';
import { operandString } from './operand.ts';
import { coreType, identical, isNumeric, isOrdered, isString } from './predicates.ts';
import type { Scope } from './scope.ts';
import { typeString } from './names.ts';
import { Typ, isUntyped, newTuple, underlying, type BuiltinName, type Type } from './types.ts';

/** rareBuiltin checks a call of one of the rarely used built-ins (argument counts are already checked). */
export function rareBuiltin(c: Checker, e: A.CallExpr, name: BuiltinName, scope: Scope, record: (argTypes: Type[], result?: Type) => void): Operand {
  const nargs = e.args.length;
  let args: Operand[];
  if ((name === 'print' || name === 'println') && nargs === 1) {
    // print(f()) spreads a multi-value call
    const x0 = rawExpr(c, e.args[0], scope);
    args = x0.mode !== 'invalid' && x0.mode !== 'novalue' && x0.type.kind === 'tuple'
      ? x0.type.vars.map((v) => ({ mode: 'value', type: v.type, expr: e.args[0] }) as Operand)
      : [x0.mode === 'invalid' ? x0 : singleValue(c, x0)];
  } else {
    args = e.args.map((a) => expr(c, a, scope));
  }
  if (args.some((a) => a.mode === 'invalid')) return invalidOperand(e);
  const x = args[0];
  switch (name) {
    case 'copy': {
      const y = args[1];
      const du = coreType(x.type);
      const su = underlying(y.type);
      if (du.kind !== 'slice' || (su.kind !== 'slice' && !isString(su))) {
        c.errorAt(x.expr!, msg(181, operandString(x), operandString(y)));
        return invalidOperand(e);
      }
      const se = su.kind === 'slice' ? su.elem : Typ.byte;
      if (!identical(du.elem, se)) {
        c.errorAt(x.expr!, msg(182, operandString(x), operandString(y), typeString(du.elem), typeString(se)));
        return invalidOperand(e);
      }
      if (isUntyped(y.type)) updateExprType(c, y.expr, Typ.string);
      record([x.type, isUntyped(y.type) ? Typ.string : y.type], Typ.int);
      return { mode: 'value', type: Typ.int, expr: e };
    }
    case 'delete': {
      const mu = coreType(x.type);
      if (mu.kind !== 'map') {
        c.errorAt(x.expr!, msg(183, operandString(x)));
        return invalidOperand(e);
      }
      const k = assignment(c, args[1], mu.key, 'argument to delete');
      if (k.mode === 'invalid') return invalidOperand(e);
      record([x.type, mu.key]);
      return { mode: 'novalue', type: newTuple([]), expr: e };
    }
    case 'clear': {
      const u = coreType(x.type);
      if (u.kind !== 'map' && u.kind !== 'slice') {
        c.errorAt(x.expr!, msg(184, operandString(x)));
        return invalidOperand(e);
      }
      record([x.type]);
      return { mode: 'novalue', type: newTuple([]), expr: e };
    }
    case 'close': {
      const u = coreType(x.type);
      if (u.kind !== 'chan') {
        c.errorAt(x.expr!, msg(185, operandString(x)));
        return invalidOperand(e);
      }
      if (u.dir === 'recv') {
        c.errorAt(x.expr!, msg(186, operandString(x)));
        return invalidOperand(e);
      }
      record([x.type]);
      return { mode: 'novalue', type: newTuple([]), expr: e };
    }
    case 'print': case 'println': {
      const types: Type[] = [];
      for (const a of args) {
        const y = assignment(c, a, undefined, `argument to built-in ${name}`);
        if (y.mode === 'invalid') return invalidOperand(e);
        types.push(y.type);
      }
      record(types);
      return { mode: 'novalue', type: newTuple([]), expr: e };
    }
    case 'min': case 'max': {
      let acc = args[0];
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!isOrdered(a.type)) {
          c.errorAt(a.expr!, msg(187, operandString(a)));
          return invalidOperand(e);
        }
        if (i === 0) continue;
        let [p, q] = [acc, a];
        const mismatch = (): Operand => {
          c.errorAt(a.expr!, msg(188, typeString(p.type), typeString(q.type), exprString(a.expr!)));
          return invalidOperand(e);
        };
        if (isUntyped(p.type) && isUntyped(q.type)) {
          if (isNumeric(p.type) && isNumeric(q.type)) {
            const order = ['untyped int', 'untyped rune', 'untyped float'];
            const t = order.indexOf((p.type as { basic: string }).basic) >= order.indexOf((q.type as { basic: string }).basic) ? p.type : q.type;
            p = { ...p, type: t };
            q = { ...q, type: t };
          } else if (!identical(p.type, q.type)) return mismatch();
        } else if (isUntyped(p.type) !== isUntyped(q.type)) {
          p = convertUntyped(c, p, q.type);
          q = convertUntyped(c, q, p.type);
          if (p.mode === 'invalid' || q.mode === 'invalid') return invalidOperand(e);
        }
        if (!identical(p.type, q.type)) {
          c.errorAt(a.expr!, msg(189, typeString(p.type), typeString(q.type), exprString(a.expr!)));
          return invalidOperand(e);
        }
        if (p.mode === 'constant' && q.mode === 'constant' && p.value && q.value) {
          const less = compareVals(q, p);
          const pick = name === 'min' ? (less ? q : p) : (less ? p : q);
          acc = { ...pick, type: p.type };
        } else acc = { mode: 'value', type: p.type };
      }
      if (acc.mode !== 'constant') {
        for (const a of args) if (isUntyped(a.type)) updateExprType(c, a.expr, acc.type);
      }
      record(args.map(() => acc.type), acc.type);
      return { ...acc, expr: e };
    }
  }
  return invalidOperand(e);
}

function compareVals(a: Operand, b: Operand): boolean {
  const x = a.value!;
  const y = b.value!;
  if (x.kind === 'string' && y.kind === 'string') return x.value < y.value;
  if (x.kind === 'int' && y.kind === 'int') return x.value < y.value;
  const fx = x.kind === 'int' ? Number(x.value) : x.kind === 'float' ? x.value : 0;
  const fy = y.kind === 'int' ? Number(y.value) : y.kind === 'float' ? y.value : 0;
  return fx < fy;
}

typesHooks.rareBuiltin = rareBuiltin;
