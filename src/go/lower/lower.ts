/** lower: turns the checked AST of package main into JavaScript generator functions (research §4.3). */
import { callWords } from './frame-words.ts';
import type * as A from '../syntax/ast.ts';
import type { Info, Selection } from '../types/info.ts';
import type { Func, Named, Obj, Signature, Type, Var } from '../types/types.ts';
import { underlying } from '../types/types.ts';
import { defaultType } from '../types/predicates.ts';
import { TypeTable, fieldKey, hasTypeParam, typeString } from './types.ts';
import { constCode } from './consts.ts';
import { nonBlocking } from './blocking.ts';
import { quietExpr, quietStmt } from './quiet.ts';
import type { Range } from './ranges.ts';
import { genericTypes, lowerHooks, notLoaded } from './hooks.ts';
import { definesRangeKey } from '../syntax/features.ts';
import './features.eager.ts';

/** LowerError is a construct the lowering cannot translate (reported as `not supported in this course runtime`). */
export class LowerError extends Error {
  /** LowerError carries the node position. */
  constructor(readonly pos: A.Pos, msg: string) { super(msg); }
}

interface Loop { label?: string; brk: string; cont?: string; isSwitch?: boolean }
interface FnCtx {
  plain?: boolean;
  fi?: string;
  hasDefer: boolean;
  results: Var[];
  resultNames: string[];
  named: boolean;
  loops: Loop[];
  sig: Signature;
  /** w is the argument words of the largest call the body makes (gc's spill area, for the stack-overflow count). */
  w?: number;
}

const INT64_KINDS = new Set(['int', 'int64', 'uint', 'uint64', 'uintptr']);
const SMALL_INT = new Set(['int8', 'int16', 'int32', 'uint8', 'uint16', 'uint32']);
const UNSIGNED = new Set(['uint', 'uint64', 'uintptr', 'uint8', 'uint16', 'uint32']);
const ELEM_SIZE: Record<string, number> = { bool: 1, int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, float32: 4, int: 8, int64: 8, uint: 8, uint64: 8, uintptr: 8, float64: 8, string: 16 };

function basicKind(t: Type): string | null {
  const u = underlying(t);
  if (u.kind !== 'basic') return null;
  const b = u.basic;
  if (b === 'untyped int') return 'int';
  if (b === 'untyped rune') return 'int32';
  if (b === 'untyped float') return 'float64';
  if (b === 'untyped bool') return 'bool';
  if (b === 'untyped string') return 'string';
  return b;
}

/** Lowerer holds the state of lowering one program (its members are public to the feature modules: labels.ts, index.ts, assign-op.ts, switch.ts, type-switch.ts, select.ts, builtins-rare.ts). */
export class Lowerer {
  readonly types: TypeTable;
  readonly names = new Map<Obj, string>();
  readonly used = new Set<string>();
  readonly boxed = new Set<Obj>();
  readonly funcInfos: string[] = [];
  readonly hoisted: string[] = [];
  readonly hoistMap = new Map<string, string>();
  tmpN = 0;
  /** ranges holds the intervals of counted loop variables being lowered (their arithmetic is plain JS). */
  readonly ranges = new Map<Obj, Range>();
  fn!: FnCtx;
  file = 'main.go';
  funcName = 'main.main';
  litN = new Map<string, number>();
  readonly methodDecls: { recvNamed: string; ptr: boolean; name: string; fn: string }[] = [];
  /** plain holds the functions and methods that never block (compiled as plain JS functions). */
  plain = new Set<Func>();
  readonly fnNames = new Map<Func, string>();
  /** genericMethods are methods of generic types: compiled as factories taking the type arguments. */
  readonly genericMethods = new Set<Func>();
  readonly genericRegs: string[] = [];

  /** Lowerer needs the checker's Info and probes of the std packages (generator functions, implemented types). */
  constructor(readonly info: Info, readonly stdGenerators: (pkg: string, name: string) => boolean, stdHasType: (pkg: string, name: string) => boolean = () => true) {
    this.types = new TypeTable(stdHasType);
  }

  // ------------------------------------------------------------------ helpers

  tmp(): string { return `$${this.tmpN++}`; }
  typeOf(e: A.Expr): Type {
    const tv = this.info.types.get(e);
    if (tv) return tv.type;
    if (e.kind === 'Ident') { const o = this.info.uses.get(e) ?? this.info.defs.get(e); if (o) return o.type; }
    if (e.kind === 'ParenExpr') return this.typeOf(e.x);
    throw new LowerError(e.pos, `internal: no type for ${e.kind}`);
  }
  obj(id: A.Ident): Obj | undefined { return this.info.uses.get(id) ?? this.info.defs.get(id) ?? undefined; }
  hoist(key: string, code: string): string {
    let n = this.hoistMap.get(key);
    if (!n) { n = `$h${this.hoisted.length}`; this.hoisted.push(`const ${n} = ${code};`); this.hoistMap.set(key, n); }
    return n;
  }
  T(t: Type): string { return this.types.ref(t); }
  zero(t: Type): string {
    const u = underlying(t);
    if (u.kind === 'basic') {
      const k = basicKind(t)!;
      if (k === 'bool') return 'false';
      if (k === 'string') return '""';
      if (k === 'untyped nil' || k === 'unsafe.Pointer') return 'null';
      return '0';
    }
    if (u.kind === 'struct' || u.kind === 'array' || u.kind === 'typeparam') return `${this.T(t)}.zero()`;
    if (t.kind === 'named' && t.obj.pkg !== 'main' && t.obj.pkg !== '' && u.kind !== 'interface' && u.kind !== 'pointer' && u.kind !== 'slice' && u.kind !== 'map' && u.kind !== 'signature' && u.kind !== 'chan') return `${this.T(t)}.zero()`;
    return 'null';
  }
  zeroFn(t: Type): string {
    const z = this.zero(t);
    if (z === '0') return '$H.z0';
    if (z === 'null') return '$H.znull';
    if (z === '""') return '$H.zstr';
    if (z === 'false') return '$H.zfalse';
    return `${this.T(t)}.zero`;
  }
  isAggregate(t: Type): boolean {
    const u = underlying(t);
    if (u.kind === 'struct' || u.kind === 'array') return true;
    return false;
  }
  isIface(t: Type): boolean { return underlying(t).kind === 'interface'; }

  /** name returns the JS name of an object (mangled, unique). */
  name(o: Obj): string {
    let n = this.names.get(o);
    if (n) return n;
    const isPkg = o.parent?.kind === 'package';
    const base = (o.kind === 'func' ? 'F_' : isPkg ? 'G_' : 'v_') + o.name;
    n = base;
    let i = 1;
    while (this.used.has(n)) n = base + '$' + i++;
    this.used.add(n);
    this.names.set(o, n);
    return n;
  }
  varRef(o: Obj): string {
    const n = this.name(o);
    return this.boxed.has(o) ? n + '.v' : n;
  }

  // ------------------------------------------------------------------ program

  /** lowerProgram returns the JS source of the program factory body. */
  lowerProgram(files: A.File[]): string {
    for (const f of files) this.findBoxed(f);
    this.plain = nonBlocking(files, this.info, this.stdGenerators);
    for (const f of files) for (const d of f.decls) {
      if (d.kind !== 'FuncDecl' || !d.body) continue;
      const o = this.info.defs.get(d.name) as Func | undefined;
      if (!o || o.kind !== 'func') continue;
      if (d.recv) {
        const rt = o.type.recv!.type;
        const base = (rt.kind === 'pointer' ? rt.elem : rt) as Named;
        const tn = base.obj?.name ?? 'T';
        let jsName = `M_${tn}_${d.name.name}`;
        let i = 1;
        while (this.used.has(jsName)) jsName = `M_${tn}_${d.name.name}$${i++}`;
        this.used.add(jsName);
        this.fnNames.set(o, jsName);
        if (base.typeArgs && base.typeArgs.length) this.genericMethods.add(o);
      } else if (d.name.name !== 'init') this.fnNames.set(o, this.name(o));
    }
    const out: string[] = [];
    const inits: string[] = [];
    // functions and methods
    for (const f of files) {
      this.file = f.name;
      for (const d of f.decls) {
        if (d.kind !== 'FuncDecl' || !d.body) continue;
        if (d.type.typeParams && d.type.typeParams.length) { out.push(this.funcDecl(d)); continue; }
        if (!d.recv && d.name.name === 'init') {
          const nm = `F_init$${inits.length}`;
          inits.push(nm);
          out.push(this.funcDecl(d, nm));
          continue;
        }
        out.push(this.funcDecl(d));
      }
    }
    // package variables
    const vars: string[] = [];
    const varInit: string[] = [];
    for (const f of files) for (const d of f.decls) {
      if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        for (const id of s.names) {
          const o = this.info.defs.get(id);
          if (!o || id.name === '_') continue;
          vars.push(`let ${this.name(o)} = ${this.boxed.has(o) ? `{v: ${this.zero(o.type)}}` : this.zero(o.type)};`);
        }
      }
    }
    this.fn = { hasDefer: false, results: [], resultNames: [], named: false, loops: [], sig: { kind: 'signature', params: { kind: 'tuple', vars: [] }, results: { kind: 'tuple', vars: [] }, variadic: false, typeParams: [] } };
    this.funcName = 'main.init';
    for (const io of this.info.initOrder) {
      const lhs = io.lhs;
      this.file = io.rhs.pos.file;
      if (lhs.length === 1) {
        const o = lhs[0]!;
        varInit.push(`$f.p = ${io.rhs.pos.line};`);
        if (o.name === '_') varInit.push(`${this.expr(io.rhs)};`);
        else varInit.push(`${this.varRef(o)} = ${this.exprTo(io.rhs, o.type)};`);
      } else {
        const t = this.tmp();
        varInit.push(`$f.p = ${io.rhs.pos.line};`, `const ${t} = ${this.commaOk(io.rhs, lhs.length) ?? this.expr(io.rhs)};`);
        const rt = this.typeOf(io.rhs);
        const boolT = { kind: 'basic', basic: 'bool', name: 'bool' } as Type;
        lhs.forEach((o, i) => {
          const from = rt.kind === 'tuple' ? tupleAt(rt, i) : i === 0 ? rt : boolT;
          if (o.name !== '_') varInit.push(`${this.varRef(o)} = ${this.convert(`${t}[${i}]`, from, o.type)};`);
        });
      }
    }
    const initFI = this.funcInfo('main.init', this.file, 0);
    const methodReg = this.methodDecls.map((m) => `$H.addMethod(${m.recvNamed}, ${JSON.stringify(m.name)}, ${m.fn}, ${m.ptr});`);
    const named = this.types.namedList.map((n) => n.id);
    this.types.finish();
    const text = [
      'const $GM = {};',
      ...this.types.decls,
      ...this.types.late,
      ...this.funcInfos,
      ...this.hoisted,
      ...vars,
      ...out,
      ...methodReg,
      ...this.genericRegs,
      `$H.finishMethods([${[...named, ...this.types.embedding].join(', ')}]);`,
      `function* $init($g) { const $f = {fn: ${initFI}, p: 0}; $g.fs.push($f);`,
      ...varInit,
      '$g.fs.pop();',
      ...inits.map((n) => `yield* ${n}($g);`),
      '}',
      `return { init: $init, main: ${this.mainRef()}, funcs: { ${[...this.fnNames.entries()].filter(([o]) => !o.type.recv).map(([o, n]) => `${JSON.stringify(o.name)}: ${this.plain.has(o) ? n + '$G' : n}`).join(', ')} } };`,
    ].join('\n');
    // Bind each helper to a local constant: direct calls are much faster than lookups on the big $H table.
    const used = new Set<string>();
    const body = text.replace(/\$H\.([A-Za-z_$][\w$]*)/g, (_m, n: string) => { used.add(n); return '$H_' + n; });
    return `"use strict";\n${[...used].map((n) => `const $H_${n} = $H.${n};`).join('\n')}\n${body}`;
  }

  mainRef(): string {
    for (const [o, n] of this.fnNames) if (o.name === 'main' && !o.type.recv) return this.plain.has(o) ? n + '$G' : n;
    return 'null';
  }

  /** funcInfo declares a function's FuncInfo (at index `at` to replace it); fb is gc's frame bytes for w argument words. */
  funcInfo(name: string, file: string, np: number, w = 0, at = this.funcInfos.length): string {
    const id = `$fi${at}`;
    this.funcInfos[at] = `const ${id} = {name: ${JSON.stringify(name)}, file: ${JSON.stringify(file)}, np: ${np}${w ? `, fb: ${16 + 8 * w}` : ''}};`;
    return id;
  }

  /** findBoxed marks variables whose address is taken (they live in a {v} box). */
  findBoxed(node: unknown): void {
    const visit = (n: any): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) { for (const x of n) visit(x); return; }
      if (n.kind === 'UnaryExpr' && n.op === '&') {
        let x = n.x;
        while (x.kind === 'ParenExpr') x = x.x;
        if (x.kind === 'Ident') this.markBox(x);
      }
      if (n.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(n);
        if (sel && sel.kind === 'method' && sel.addr) {
          let x = n.x;
          while (x.kind === 'ParenExpr') x = x.x;
          if (x.kind === 'Ident') this.markBox(x);
        }
      }
      for (const k in n) if (k !== 'pos' && k !== 'end' && k !== 'opPos' && k !== 'rbrace' && k !== 'rparen' && k !== 'colon') visit(n[k]);
    };
    visit(node);
  }
  markBox(id: A.Ident): void {
    const o = this.obj(id);
    if (o && o.kind === 'var' && !this.isAggregate(o.type)) this.boxed.add(o);
  }

  // ------------------------------------------------------------------ functions

  funcDecl(d: A.FuncDecl, forcedName?: string): string {
    const o = this.info.defs.get(d.name) as Func | undefined;
    if (!o) throw new LowerError(d.pos, `internal: no object for func ${d.name.name}`);
    const sig = o.type;
    let jsName: string;
    let goName: string;
    let recvParam: Var | undefined;
    if (d.recv) {
      recvParam = sig.recv;
      const rt = sig.recv!.type;
      const ptr = rt.kind === 'pointer';
      const base = (ptr ? (rt as { elem: Type }).elem : rt) as Named;
      const tn = base.obj?.name ?? 'T';
      jsName = this.fnNames.get(o)!;
      goName = ptr ? `main.(*${tn}[...]).${d.name.name}` : `main.${tn}[...].${d.name.name}`;
      if (this.genericMethods.has(o)) return genericTypes(base).method(this, d, base, ptr, jsName, goName);
      goName = ptr ? `main.(*${tn}).${d.name.name}` : `main.${tn}.${d.name.name}`;
      this.methodDecls.push({ recvNamed: this.T(base), ptr, name: d.name.name, fn: this.plain.has(o) ? jsName + '$G' : jsName });
    } else {
      jsName = forcedName ?? this.name(o);
      goName = forcedName ? `main.init.${forcedName.slice('F_init$'.length)}` : `main.${d.name.name}`;
    }
    this.funcName = goName;
    this.litN.set(goName, 0);
    return this.funcBody(jsName, goName, sig, d.type, d.body!, recvParam, d.recv, this.plain.has(o) && !forcedName);
  }

  tick(): string {
    return this.fn.plain ? 'if (--$rt.q < 0) $rt.tick($g);' : 'if (--$rt.q < 0) yield* $rt.sched($g);';
  }

  funcBody(jsName: string, goName: string, sig: Signature, ft: A.FuncType, body: A.BlockStmt, recv?: Var, recvField?: A.Field, plain = false): string {
    const saved = this.fn;
    const savedName = this.funcName;
    this.funcName = goName;
    const params: string[] = [];
    const pre: string[] = [];
    const addParam = (v: Var | undefined, id: A.Ident | undefined) => {
      if (!v || !id || id.name === '_') { params.push(this.tmp()); return; }
      const n = this.name(v);
      if (this.boxed.has(v)) { const p = this.tmp(); params.push(p); pre.push(`const ${n} = {v: ${p}};`); }
      else if (this.isAggregate(v.type)) { const p = this.tmp(); params.push(p); pre.push(`let ${n} = $H.clone(${this.T(v.type)}, ${p});`); }
      else params.push(n);
    };
    if (recvField) {
      const id = recvField.names[0];
      const v = id ? (this.info.defs.get(id) as Var | undefined) ?? recv : recv;
      addParam(v, id);
    }
    for (const tp of sig.typeParams ?? []) params.push(`$tp${tp.id}`);
    let pi = 0;
    for (const f of ft.params) {
      if (f.names.length === 0) { params.push(this.tmp()); pi++; continue; }
      for (const id of f.names) { addParam(sig.params.vars[pi], id); pi++; }
    }
    const results = sig.results.vars;
    const named = results.length > 0 && results[0]!.name !== '' && results[0]!.name !== undefined && ft.results.some((f) => f.names.length > 0);
    const hasDefer = containsDefer(body);
    const fiAt = this.funcInfos.length;
    const fi = this.funcInfo(goName, body.pos.file, params.length);
    this.fn = { plain, fi, hasDefer, results, resultNames: [], named, loops: [], sig, w: 0 };
    const lines: string[] = [];
    if (plain) lines.push(`let $p = ${body.pos.line}; ${this.tick()}`);
    else {
      if (hasDefer) lines.push(`const $f = {fn: ${fi}, p: ${body.pos.line}, d: null, pn: null}, $d = $g.fs.push($f);`);
      else lines.push(`const $f = {fn: ${fi}, p: ${body.pos.line}}, $d = $g.fs.push($f);`);
      lines.push(`if ($d > ${2500}) $rt.overflow($g); ${this.tick()}`);
    }
    lines.push(...pre);
    if (named || hasDefer) {
      let ri = 0;
      for (const f of ft.results) {
        const ids = f.names.length ? f.names : [undefined];
        for (const id of ids) {
          const v = results[ri++]!;
          let n: string;
          if (id && id.name !== '_') {
            const o = (this.info.defs.get(id) as Var | undefined) ?? v;
            n = this.name(o);
            if (this.boxed.has(o)) { lines.push(`const ${n} = {v: ${this.zero(v.type)}};`); this.fn.resultNames.push(n + '.v'); continue; }
          } else n = this.tmp();
          lines.push(`let ${n} = ${this.zero(v.type)};`);
          this.fn.resultNames.push(n);
        }
      }
    }
    const bodyCode = this.block(body.stmts);
    // the frame size Go's stack-overflow count needs is known once the body's calls are lowered
    if (this.fn.w) this.funcInfo(goName, body.pos.file, params.length, this.fn.w, fiAt);
    const ret = results.length === 0 ? '' : results.length === 1 ? this.fn.resultNames[0] : `[${this.fn.resultNames.join(', ')}]`;
    if (hasDefer) {
      // falling off the end: deferred calls run at the closing brace's line, as Go reports it
      lines.push(`$body: try {`, bodyCode, `$f.p = ${body.rbrace.line};`, `} catch ($e) { $rt.caught($g, $f, $d, $e); }`);
      lines.push(`if ($f.d !== null || $f.pn !== null) yield* $rt.runDefers($g, $f, $d);`);
      lines.push(`$g.fs.pop();`);
      if (ret) lines.push(`return ${ret};`);
    } else if (plain) {
      // Plain functions keep no frame: a panic passing through records the frame while unwinding.
      lines.push(`try {`, bodyCode, ret ? `return ${ret};` : '', `} catch ($e) { throw $rt.unwind($e, ${fi}, $p); }`);
    } else {
      lines.push(bodyCode);
      lines.push(`$g.fs.pop();`);
      if (ret) lines.push(`return ${ret};`);
    }
    let code = `function${plain ? '' : '*'} ${jsName}($g${params.map((p) => ', ' + p).join('')}) {\n${lines.join('\n')}\n}`;
    if (plain) code += `\nfunction* ${jsName}$G($g, ...a) { return ${jsName}($g, ...a); }`;
    this.fn = saved;
    this.funcName = savedName;
    return code;
  }

  // ------------------------------------------------------------------ statements

  block(stmts: A.Stmt[]): string { return stmts.map((s) => this.stmt(s)).join('\n'); }

  pos(n: A.NodeBase): string { return this.setPos(n.pos.line); }
  setPos(line: number): string { return this.fn.plain ? `$p = ${line};` : `$f.p = ${line};`; }
  /** quietPos records the line before s unless s cannot panic, block or call (then no frame reads it). */
  quietPos(s: A.Stmt): string { return !this.fn.plain && quietStmt(s, this.info) ? '' : this.pos(s); }

  stmt(s: A.Stmt, label?: string): string {
    switch (s.kind) {
      case 'EmptyStmt': return '';
      case 'BlockStmt': return `{\n${this.block(s.stmts)}\n}`;
      case 'ExprStmt': return `${this.pos(s)} ${this.expr(s.x)};`;
      case 'DeclStmt': return this.declStmt(s.decl);
      case 'LabeledStmt': return (lowerHooks.labeled ?? notLoaded)(this, s);
      case 'IncDecStmt': {
        const t = this.typeOf(s.x);
        const one = { kind: 'BasicLit', litKind: 'int', value: '1', pos: s.pos } as A.BasicLit;
        const x = s.x.kind === 'Ident' ? this.obj(s.x) : undefined;
        if (x && s.op === '++' && this.ranges.has(x)) { const ref = this.varRef(x); return `${this.quietPos(s)} ${ref} = ${ref} + 1;`; }
        return this.quietPos(s) + ' ' + (lowerHooks.assignOp ?? notLoaded)(this, s.x, s.op === '++' ? '+' : '-', null, t, one);
      }
      case 'AssignStmt': return this.quietPos(s) + ' ' + this.assign(s);
      case 'SendStmt': {
        const ct = underlying(this.typeOf(s.chan));
        const et = ct.kind === 'chan' ? ct.elem : ct;
        return `${this.pos(s)} yield* $H.send($rt.world, ${this.expr(s.chan)}, ${this.exprTo(s.value, et)});`;
      }
      case 'GoStmt': return this.pos(s) + ' ' + this.goDefer(s.call, 'go');
      case 'DeferStmt': return this.pos(s) + ' ' + this.goDefer(s.call, 'defer');
      case 'ReturnStmt': return this.pos(s) + ' ' + this.ret(s);
      case 'BranchStmt': return (lowerHooks.branch ?? notLoaded)(this, s);
      case 'IfStmt': return this.ifStmt(s);
      case 'ForStmt': return this.forStmt(s, label);
      case 'RangeStmt': return this.rangeStmt(s, label);
      case 'SwitchStmt': return (lowerHooks.switchStmt ?? notLoaded)(this, s, label);
      case 'TypeSwitchStmt': return (lowerHooks.typeSwitch ?? notLoaded)(this, s, label);
      case 'SelectStmt': return (lowerHooks.selectStmt ?? notLoaded)(this, s, label);
      default: throw new LowerError(s.pos, `not supported in this course runtime: ${s.kind}`);
    }
  }


  declStmt(d: A.GenDecl): string {
    if (d.tok !== 'var') return '';
    const out: string[] = [];
    for (const sp of d.specs) {
      if (sp.kind !== 'ValueSpec') continue;
      out.push(this.pos(sp));
      const objs = sp.names.map((id) => this.info.defs.get(id) as Var | undefined);
      if (sp.values.length === 0) {
        for (const o of objs) if (o && o.name !== '_') out.push(this.declVar(o, this.zero(o.type)));
      } else if (sp.values.length === sp.names.length) {
        const vals = sp.values.map((v, i) => (objs[i] ? this.exprTo(v, objs[i]!.type) : this.expr(v)));
        if (vals.length === 1) {
          const o = objs[0];
          if (o && o.name !== '_') out.push(this.declVar(o, vals[0]!)); else out.push(`void (${vals[0]});`);
        } else {
          const ts = vals.map(() => this.tmp());
          out.push(`const ${ts.map((t, i) => `${t} = ${vals[i]}`).join(', ')};`);
          objs.forEach((o, i) => { if (o && o.name !== '_') out.push(this.declVar(o, ts[i]!)); });
        }
      } else {
        const t = this.tmp();
        out.push(`const ${t} = ${this.commaOk(sp.values[0]!, sp.names.length) ?? this.expr(sp.values[0]!)};`);
        const tt = this.typeOf(sp.values[0]!);
        const boolT = { kind: 'basic', basic: 'bool', name: 'bool' } as Type;
        objs.forEach((o, i) => { if (o && o.name !== '_') out.push(this.declVar(o, this.convert(`${t}[${i}]`, tt.kind === 'tuple' ? tupleAt(tt, i) : i === 0 ? tt : boolT, o.type))); });
      }
    }
    return out.join(' ');
  }

  declVar(o: Var, code: string): string {
    const n = this.name(o);
    return this.boxed.has(o) ? `const ${n} = {v: ${code}};` : `let ${n} = ${code};`;
  }

  assign(s: A.AssignStmt): string {
    if (s.op !== '=' && s.op !== ':=') {
      const op = s.op.slice(0, -1);
      return (lowerHooks.assignOp ?? notLoaded)(this, s.lhs[0]!, op, s.rhs[0]!, this.typeOf(s.lhs[0]!));
    }
    const define = s.op === ':=';
    const targetType = (e: A.Expr): Type | null => {
      if (e.kind === 'Ident' && e.name === '_') return null;
      if (e.kind === 'Ident') { const o = this.obj(e); if (o) return o.type; }
      return this.typeOf(e);
    };
    if (s.lhs.length === s.rhs.length) {
      if (s.lhs.length === 1) {
        const l = s.lhs[0]!;
        const tt = targetType(l);
        const v = tt ? this.exprTo(s.rhs[0]!, tt) : this.expr(s.rhs[0]!);
        return this.store(l, v, define);
      }
      const vals = s.rhs.map((r, i) => { const tt = targetType(s.lhs[i]!); return tt ? this.exprTo(r, tt) : this.expr(r); });
      // Go evaluates index/pointer operands on the left first, then the right side, then assigns.
      const ts = vals.map(() => this.tmp());
      const pre: string[] = [];
      const lhsPrepared = s.lhs.map((l) => this.prepareLhs(l, pre, define));
      return `${pre.join(' ')} const ${ts.map((t, i) => `${t} = ${vals[i]}`).join(', ')}; ${lhsPrepared.map((st, i) => st(ts[i]!)).join(' ')}`;
    }
    // a, b := f()  /  v, ok := m[k]  /  v, ok := x.(T)  /  v, ok := <-ch
    const r = s.rhs[0]!;
    const t = this.tmp();
    const code = this.commaOk(r, s.lhs.length) ?? this.expr(r);
    const rt = this.typeOf(r);
    const parts = [`const ${t} = ${code};`];
    s.lhs.forEach((l, i) => {
      const tt = targetType(l);
      if (!tt) return;
      const from = rt.kind === 'tuple' ? tupleAt(rt, i) : i === 0 ? rt : ({ kind: 'basic', basic: 'bool', name: 'bool' } as Type);
      parts.push(this.store(l, this.convert(`${t}[${i}]`, from, tt), define));
    });
    return parts.join(' ');
  }

  prepareLhs(l: A.Expr, pre: string[], define: boolean): (v: string) => string {
    if (l.kind === 'IndexExpr') {
      const xt = underlying(this.typeOf(l.x));
      const x = this.tmp(), i = this.tmp();
      pre.push(`const ${x} = ${xt.kind === 'pointer' ? `(${this.expr(l.x)} ?? $rt.nilp())` : this.expr(l.x)}, ${i} = ${this.idx(xt, l.indices[0]!)};`);
      return (v) => this.ix(l).storeIndex(this, xt.kind === 'pointer' ? (xt as any).elem : this.typeOf(l.x), x, i, v, l) + ';';
    }
    return (v) => this.store(l, v, define);
  }

  /** ix is the indexing part (key go:index), or a positioned error when the page did not load it. */
  ix(n: A.Node): NonNullable<typeof lowerHooks.indexing> { return lowerHooks.indexing ?? notLoaded(this, n); }

  /** idx lowers an index operand (map keys are converted to the key type, e.g. boxed into an interface). */
  idx(xt: Type, ie: A.Expr): string {
    let u = underlying(xt);
    if (u.kind === 'pointer') u = underlying(u.elem);
    return u.kind === 'map' ? this.exprTo(ie, u.key) : this.expr(ie);
  }


  num(code: string, e: A.Expr): string {
    const k = basicKind(this.typeOf(e));
    return k && INT64_KINDS.has(k) && !this.info.types.get(e)?.value ? `$H.toNum(${code})` : code;
  }

  /** store assigns code to an lvalue expression. */
  store(l: A.Expr, v: string, define: boolean): string {
    while (l.kind === 'ParenExpr') l = l.x;
    if (l.kind === 'Ident') {
      if (l.name === '_') return `void (${v});`;
      const o = this.obj(l)!;
      if (define && this.info.defs.get(l)) return this.declVar(o as Var, v);
      if (this.isAggregate(o.type)) return `$H.assignInto(${this.T(o.type)}, ${this.varRef(o)}, ${v});`;
      return `${this.varRef(o)} = ${v};`;
    }
    if (l.kind === 'IndexExpr') {
      const xt0 = this.typeOf(l.x);
      const xu = underlying(xt0);
      const x = xu.kind === 'pointer' ? `(${this.expr(l.x)} ?? $rt.nilp())` : this.expr(l.x);
      const xt = xu.kind === 'pointer' ? xu.elem : xt0;
      return this.ix(l).storeIndex(this, xt, x, this.idx(xt, l.indices[0]!), v, l) + ';';
    }
    if (l.kind === 'SelectorExpr') {
      const t = this.typeOf(l);
      if (this.isAggregate(t)) return `$H.assignInto(${this.T(t)}, ${this.expr(l, true)}, ${v});`;
      const { obj, key } = this.fieldTarget(l);
      return `${obj}.${key} = ${v};`;
    }
    if (l.kind === 'StarExpr') {
      const pt = this.typeOf(l);
      if (this.isAggregate(pt)) return `$H.assignInto(${this.T(pt)}, (${this.expr(l.x)} ?? $rt.nilp()), ${v});`;
      return `(${this.expr(l.x)} ?? $rt.nilp()).v = ${v};`;
    }
    throw new LowerError(l.pos, `not supported in this course runtime: assignment to ${l.kind}`);
  }

  fieldTarget(l: A.SelectorExpr): { obj: string; key: string } {
    const sel = this.info.selections.get(l);
    if (!sel || sel.kind !== 'field') throw new LowerError(l.pos, 'internal: field selection expected');
    const { base, path } = this.selectPath(l.x, sel);
    const last = path.pop()!;
    let code = base;
    for (const p of path) code = p(code);
    return last(code, true) as unknown as { obj: string; key: string };
  }

  /** selectPath walks a field selection's embedding path; returns the base code and step functions. */
  selectPath(x: A.Expr, sel: Selection): { base: string; path: ((c: string, split?: boolean) => string)[] } {
    let t = this.typeOf(x);
    let base = this.expr(x, true);
    const path: ((c: string, split?: boolean) => string)[] = [];
    for (const idx of sel.index) {
      let u = underlying(t);
      const isPtr = u.kind === 'pointer';
      if (isPtr) { t = (u as { elem: Type }).elem; u = underlying(t); }
      if (u.kind !== 'struct') throw new LowerError(x.pos, 'internal: selection through non-struct');
      const f = u.fields[idx]!;
      const key = fieldKey(u.fields, idx);
      const ptr = isPtr;
      path.push(((c: string, split?: boolean) => {
        const o = ptr ? `(${c} ?? $rt.nilp())` : c;
        if (split) return { obj: o, key } as unknown as string;
        return `${o}.${key}`;
      }) as (c: string, split?: boolean) => string);
      t = f.type;
    }
    return { base, path };
  }


  ret(s: A.ReturnStmt): string {
    const rs = this.fn.results;
    const exit = (vals: string[]): string => {
      if (this.fn.hasDefer) {
        if (vals.length === 0) return 'break $body;';
        if (vals.length === 1) return `{ ${this.fn.resultNames[0]} = ${vals[0]}; break $body; }`;
        const ts = vals.map(() => this.tmp());
        return `{ const ${ts.map((t, i) => `${t} = ${vals[i]}`).join(', ')}; ${ts.map((t, i) => `${this.fn.resultNames[i]} = ${t};`).join(' ')} break $body; }`;
      }
      const v = vals.length === 1 ? vals[0] : `[${vals.join(', ')}]`;
      if (this.fn.plain) return vals.length === 0 ? 'return;' : `return ${v};`;
      if (vals.length === 0) return '{ $g.fs.pop(); return; }';
      const t = this.tmp();
      return `{ const ${t} = ${v}; $g.fs.pop(); return ${t}; }`;
    };
    if (s.results.length === 0) {
      if (rs.length > 0) return exit(this.fn.resultNames);
      return exit([]);
    }
    if (s.results.length === 1 && rs.length > 1) {
      const t = this.tmp();
      const tt = this.typeOf(s.results[0]!);
      const vals = rs.map((r, i) => this.convert(`${t}[${i}]`, tupleAt(tt, i), r.type));
      return `{ const ${t} = ${this.expr(s.results[0]!)}; ${exit(vals)} }`;
    }
    return exit(s.results.map((e, i) => this.exprTo(e, rs[i]!.type)));
  }


  ifStmt(s: A.IfStmt): string {
    const init = s.init ? this.stmt(s.init) : '';
    const els = s.else ? (s.else.kind === 'IfStmt' ? ` else {\n${this.ifStmt(s.else)}\n}` : ` else {\n${this.block(s.else.stmts)}\n}`) : '';
    const core = `${this.pos(s)} if (${this.expr(s.cond)}) {\n${this.block(s.body.stmts)}\n}${els}`;
    return init ? `{ ${init}\n${core} }` : core;
  }

  forStmt(s: A.ForStmt, label?: string): string {
    const lbl = label ?? `$L${this.tmpN++}`;
    const cont = `$C${this.tmpN++}`;
    this.fn.loops.push({ label, brk: lbl, cont });
    // Go 1.22: variables declared in init are per-iteration; copy them in and out around each iteration.
    const loopVars: Var[] = [];
    if (s.init && s.init.kind === 'AssignStmt' && s.init.op === ':=') {
      for (const l of s.init.lhs) if (l.kind === 'Ident' && l.name !== '_') { const o = this.info.defs.get(l); if (o) loopVars.push(o as Var); }
    }
    const init = s.init ? this.stmt(s.init) : '';
    const counted = s.init ? lowerHooks.ranges?.countedLoop(s, this.info) ?? null : null;
    if (counted) this.ranges.set(counted.v, counted.range);
    // A condition that cannot panic or call needs no line; the line is then recorded only when the loop yields.
    const quietCond = !this.fn.plain && !!s.cond && quietExpr(s.cond, this.info);
    const cond = s.cond ? `${quietCond ? '' : this.setPos(s.pos.line)} if (!(${this.expr(s.cond)})) break;` : '';
    const post = s.post ? this.stmt(s.post) : '';
    const body = this.block(s.body.stmts);
    if (counted) this.ranges.delete(counted.v);
    this.fn.loops.pop();
    const tick = quietCond ? `if (--$rt.q < 0) { $f.p = ${s.pos.line}; yield* $rt.sched($g); }` : this.tick();
    if (loopVars.length > 0 && (loopVars.some((v) => this.boxed.has(v)) || this.capturedIn(s, loopVars))) {
      // Each iteration gets a fresh copy; the post statement runs on the next iteration's copy (Go 1.22).
      const outer = loopVars.map(() => this.tmp());
      const first = this.tmp();
      const names = loopVars.map((v) => this.name(v));
      const copyIn = loopVars.map((v, i) => (this.boxed.has(v) ? `const ${names[i]} = {v: ${outer[i]}};` : `let ${names[i]} = ${outer[i]};`)).join(' ');
      const copyOut = loopVars.map((v, i) => `${outer[i]} = ${this.varRef(v)};`).join(' ');
      return `{ ${init} let ${outer.map((o, i) => `${o} = ${this.varRef(loopVars[i]!)}`).join(', ')}, ${first} = true;\n${lbl}: for (;;) { ${copyIn} if (${first}) ${first} = false; else { ${post} } ${tick} ${cond}\n${cont}: {\n${body}\n}\n${copyOut} } }`;
    }
    return `{ ${init}\n${lbl}: for (;;) { ${tick} ${cond}\n${cont}: {\n${body}\n}\n${post} } }`;
  }

  /** capturedIn says whether a function literal inside node refers to one of vars (then they need per-iteration copies). */
  capturedIn(node: A.Node, vars: Var[]): boolean {
    const set = new Set<Obj>(vars);
    let found = false;
    const visit = (n: any, inLit: boolean): void => {
      if (found || !n || typeof n !== 'object') return;
      if (Array.isArray(n)) { for (const x of n) visit(x, inLit); return; }
      if (n.kind === 'FuncLit') inLit = true;
      if (inLit && n.kind === 'Ident') { const o = this.info.uses.get(n); if (o && set.has(o)) { found = true; return; } }
      for (const k in n) if (k !== 'pos' && k !== 'end') visit(n[k], inLit);
    };
    visit(node, false);
    return found;
  }

  rangeStmt(s: A.RangeStmt, label?: string): string {
    const lbl = label ?? `$L${this.tmpN++}`;
    this.fn.loops.push({ label, brk: lbl });
    const xt = this.typeOf(s.x);
    let u = underlying(xt);
    const define = s.tok === ':=';
    const bindKey = (code: string, t: Type) => (s.key && !(s.key.kind === 'Ident' && s.key.name === '_') ? this.store(s.key, this.convert(code, t, define ? this.typeOf(s.key) : this.typeOf(s.key)), define) : '');
    const bindVal = (code: string) => (s.value && !(s.value.kind === 'Ident' && s.value.name === '_') ? this.store(s.value, code, define) : '');
    const tick = this.tick();
    // only a key defined here can get an interval (the detector names go:ranges for exactly these loops)
    const keyRange = definesRangeKey(s) ? lowerHooks.ranges?.rangeKey(s, this.info) ?? null : null;
    if (keyRange) this.ranges.set(keyRange.v, keyRange.range);
    const body = () => this.block(s.body.stmts);
    const x = this.tmp(), i = this.tmp(), n = this.tmp();
    let code: string;
    const intT = { kind: 'basic', basic: 'int', name: 'int' } as Type;
    if (u.kind === 'pointer') u = underlying(u.elem);
    if (u.kind === 'basic' && u.basic !== 'string' && u.basic !== 'untyped string') {
      const kt = s.key ? this.typeOf(s.key) : xt;
      code = `{ const ${n} = $H.toNum(${this.expr(s.x)});\n${lbl}: for (let ${i} = 0; ${i} < ${n}; ${i}++) { ${tick} ${bindKey(i, kt)}\n${body()}\n} }`;
    } else if (u.kind === 'basic') {
      const r = this.tmp();
      code = `{ const ${x} = ${this.expr(s.x)}; let ${i} = 0;\n${lbl}: while (${i} < ${x}.length) { ${tick} const ${r} = $H.decodeRune(${x}, ${i}); const ${n} = ${i}; ${i} += ${r}[1]; ${bindKey(n, intT)} ${bindVal(`${r}[0]`)}\n${body()}\n} }`;
    } else if (u.kind === 'slice' || u.kind === 'array') {
      const isArr = u.kind === 'array';
      const elem = u.elem;
      const get = isArr ? `${x}[${i}]` : `${x}.a[${x}.o + ${i}]`;
      const val = this.isAggregate(elem) ? `$H.clone(${this.T(elem)}, ${get})` : get;
      const xs = underlying(xt).kind === 'pointer' ? `(${this.expr(s.x)} ?? $rt.nilp())` : isArr && s.value ? `$H.clone(${this.T(xt)}, ${this.expr(s.x)})` : this.expr(s.x);
      code = `{ const ${x} = ${xs}; const ${n} = ${isArr ? `${x}.length` : `$H.slen(${x})`};\n${lbl}: for (let ${i} = 0; ${i} < ${n}; ${i}++) { ${tick} ${bindKey(i, intT)} ${bindVal(val)}\n${body()}\n} }`;
    } else if (u.kind === 'map') {
      const ks = this.tmp(), e = this.tmp();
      code = `{ const ${x} = ${this.expr(s.x)}; const ${ks} = $H.mrange(${x}, $rt.rng);\n${lbl}: for (let ${i} = 0; ${i} < ${ks}.length; ${i}++) { ${tick} const ${e} = ${x}.m.get(${ks}[${i}][0]); if (${e} === undefined) continue; ${bindKey(`${e}[0]`, u.key)} ${bindVal(this.isAggregate(u.elem) ? `$H.clone(${this.T(u.elem)}, ${e}[1])` : `${e}[1]`)}\n${body()}\n} }`;
    } else if (u.kind === 'chan') {
      const r = this.tmp();
      code = `{ const ${x} = ${this.expr(s.x)};\n${lbl}: for (;;) { ${tick} $f.p = ${s.pos.line}; const ${r} = yield* $H.recv($rt.world, ${x}); if (!${r}[1]) break; ${bindKey(`${r}[0]`, u.elem)}\n${body()}\n} }`;
    } else {
      this.fn.loops.pop();
      if (keyRange) this.ranges.delete(keyRange.v);
      throw new LowerError(s.pos, 'not supported in this course runtime: range over func');
    }
    this.fn.loops.pop();
    if (keyRange) this.ranges.delete(keyRange.v);
    return this.pos(s) + ' ' + code;
  }

  goDefer(call: A.Expr, kind: 'go' | 'defer'): string {
    while (call.kind === 'ParenExpr') call = call.x;
    if (call.kind !== 'CallExpr') throw new LowerError(call.pos, `expression in ${kind} must be function call`);
    const { fn, args } = this.callParts(call);
    const argsT = args.map(() => this.tmp());
    const pre = args.length ? `const ${argsT.map((t, i) => `${t} = ${args[i]}`).join(', ')};` : '';
    const f = this.tmp();
    if (kind === 'go') return `{ const ${f} = ${fn}; ${pre} $rt.go($g, ${f}, [${argsT.join(', ')}], ${this.fn.fi ?? 'null'}, ${call.pos.line}); }`;
    return `{ const ${f} = ${fn.startsWith('(') && fn.endsWith(' ?? $rt.nilp())') ? fn.slice(1, -' ?? $rt.nilp())'.length) : fn}; ${pre} ($f.d ??= []).push({fn: ${f}, args: [${argsT.join(', ')}]}); }`;
  }

  /** callParts lowers a call into a generator-function expression and argument codes (for go/defer). */
  callParts(call: A.CallExpr): { fn: string; args: string[] } {
    const bi = this.info.builtins.get(call);
    const funT = this.info.types.get(call.fun);
    if (bi || (funT && funT.mode === 'typexpr') || (funT && funT.mode === 'builtin')) {
      // wrap the whole call (builtins and conversions): arguments evaluated now
      const args = call.args.map((a) => this.expr(a));
      const ps = args.map(() => this.tmp());
      const fake: A.CallExpr = { ...call, args: ps.map((p, i) => ({ kind: 'Ident', name: p, pos: call.args[i]!.pos }) as A.Ident) };
      for (let i = 0; i < ps.length; i++) this.info.types.set(fake.args[i]!, this.info.types.get(call.args[i]!) ?? { mode: 'value', type: this.typeOf(call.args[i]!) });
      if (bi) this.info.builtins.set(fake, bi);
      const saved = this.rawIdents;
      this.rawIdents = new Set(ps);
      const body = this.expr(fake);
      this.rawIdents = saved;
      return { fn: `function* ($g, ${ps.join(', ')}) { ${body}; }`, args };
    }
    const target = this.calleeCode(call, true);
    return { fn: target.gen ? target.fn : `$H.asGen(${target.fn})`, args: [...target.recv, ...this.argCodes(call, target.sig)] };
  }
  rawIdents = new Set<string>();

  // ------------------------------------------------------------------ expressions

  /** exprTo lowers e for use as a value of type `to` (interface boxing, copies of aggregates). */
  exprTo(e: A.Expr, to: Type): string {
    const tv = this.info.types.get(e);
    if (tv?.value && tv.value.kind !== 'unknown' && !this.isIface(to)) return constCode(tv.value, to);
    const from = this.typeOf(e);
    let code = this.expr(e);
    if (this.isAggregate(from) && !isFresh(e)) code = `$H.clone(${this.T(from)}, ${code})`;
    return this.convert(code, from, to, e);
  }

  /** convert adapts a value of type `from` to the (assignable) type `to`. */
  convert(code: string, from: Type, to: Type, e?: A.Expr): string {
    if (this.isIface(to) && !this.isIface(from)) {
      if (from.kind === 'basic' && from.basic === 'untyped nil') return 'null';
      const tv = e ? this.info.types.get(e) : undefined;
      let t = from;
      if (t.kind === 'basic' && t.basic.startsWith('untyped')) {
        if (tv?.value && tv.value.kind !== 'unknown') return `{t: ${this.T(t)}, v: ${constCode(tv.value, defaultType(t))}}`;
      }
      if (underlying(t).kind === 'typeparam') return `$H.box(${this.T(t)}, ${code})`;
      return `{t: ${this.T(t)}, v: ${code}}`;
    }
    return code;
  }

  /** expr lowers an expression to a JS expression (addrCtx: the result is used as an lvalue base or receiver). */
  expr(e: A.Expr, addrCtx = false): string {
    const tv = this.info.types.get(e);
    if (tv && tv.value && tv.value.kind !== 'unknown') return constCode(tv.value, tv.type);
    switch (e.kind) {
      case 'ParenExpr': return `(${this.expr(e.x, addrCtx)})`;
      case 'Ident': return this.ident(e);
      case 'BasicLit': throw new LowerError(e.pos, 'internal: literal without constant value');
      case 'FuncLit': return this.funcLit(e);
      case 'CompositeLit': return this.composite(e, this.typeOf(e));
      case 'SelectorExpr': return this.selector(e);
      case 'IndexExpr': return this.ix(e).index(this, e);
      case 'SliceExpr': return this.sliceExpr(e);
      case 'StarExpr': {
        const t = this.typeOf(e);
        if (this.isAggregate(t)) return `(${this.expr(e.x)} ?? $rt.nilp())`;
        return `(${this.expr(e.x)} ?? $rt.nilp()).v`;
      }
      case 'UnaryExpr': return this.unary(e);
      case 'BinaryExpr': return this.binary(e);
      case 'CallExpr': return this.call(e);
      case 'TypeAssertExpr': return (lowerHooks.typeAssert ?? notLoaded(this, e)).expr(this, e);
      case 'KeyValueExpr': throw new LowerError(e.pos, 'internal: key-value outside literal');
      default: throw new LowerError(e.pos, `not supported in this course runtime: ${e.kind}`);
    }
  }

  ident(e: A.Ident): string {
    if (this.rawIdents.has(e.name)) return e.name;
    if (e.name === '_') return 'undefined';
    const o = this.obj(e);
    if (!o) throw new LowerError(e.pos, `internal: unresolved ${e.name}`);
    switch (o.kind) {
      case 'nil': return 'null';
      case 'var': return this.varRef(o);
      case 'func': {
        if (o.pkg !== 'main' && o.pkg !== '') return this.stdGenerators(o.pkg, o.name) ? this.stdFunc(o.pkg, o.name) : `$H.asGen(${this.stdFunc(o.pkg, o.name)})`;
        const inst = this.info.instances.get(e);
        if (inst && inst.typeArgs.length) return `$H.bindTypes(${this.name(o)}, [${inst.typeArgs.map((a) => this.T(a)).join(', ')}])`;
        return this.plain.has(o) ? this.name(o) + '$G' : this.name(o);
      }
      case 'const': return constCode(o.value, o.type);
      default: throw new LowerError(e.pos, `internal: ident of kind ${o.kind}`);
    }
  }

  stdFunc(pkg: string, name: string): string {
    const p = this.hoist('pkg:' + pkg, `$rt.pkgs[${JSON.stringify(pkg)}]`);
    return this.hoist(`fn:${pkg}.${name}`, `$H.stdFn(${p}, ${JSON.stringify(pkg)}, ${JSON.stringify(name)})`);
  }

  funcLit(e: A.FuncLit): string {
    const sig = this.typeOf(e) as Signature;
    const outerName = this.funcName.replace(/\.func\d+$/, (m) => m);
    const n = (this.litN.get(outerName) ?? 0) + 1;
    this.litN.set(outerName, n);
    const name = `${outerName}.func${n}`;
    const code = this.funcBody('', name, sig, e.type, e.body);
    this.funcName = outerName;
    return `(${code})`;
  }

  composite(e: A.CompositeLit, t: Type): string {
    let u = underlying(t);
    if (u.kind === 'pointer') return this.composite(e, u.elem);
    const elemCode = (v: A.Expr, et: Type) => (v.kind === 'CompositeLit' && !v.type ? this.convert(this.composite(v, this.info.types.get(v)?.type ?? et), this.info.types.get(v)?.type ?? et, et) : this.exprTo(v, et));
    if (u.kind === 'struct') {
      const vals = u.fields.map((f) => this.zero(f.type));
      const order: number[] = [];
      e.elts.forEach((el, i) => {
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as A.Ident).name;
          const fi = u.kind === 'struct' ? u.fields.findIndex((f) => f.name === name) : -1;
          vals[fi] = elemCode(el.value, (u as { fields: Var[] }).fields[fi]!.type);
          order.push(fi);
        } else { vals[i] = elemCode(el, (u as { fields: Var[] }).fields[i]!.type); order.push(i); }
      });
      const keys = u.fields.map((_, i) => JSON.stringify(fieldKey(u.kind === 'struct' ? u.fields : [], i)));
      if (order.some((fi, k) => k > 0 && fi < order[k - 1]!)) {
        // keyed out of field order: evaluate the values in source order (arguments of an arrow call), then build
        const ps = order.map(() => this.tmp());
        const byField = new Map(order.map((fi, k) => [fi, ps[k]!]));
        return `((${ps.join(', ')}) => ({${keys.map((k, i) => `${k}: ${byField.get(i) ?? vals[i]}`).join(', ')}}))(${order.map((fi) => vals[fi]).join(', ')})`;
      }
      return `{${keys.map((k, i) => `${k}: ${vals[i]}`).join(', ')}}`;
    }
    if (u.kind === 'slice' || u.kind === 'array') {
      const et = u.elem;
      const items: [number, string][] = [];
      let idx = 0, max = 0;
      for (const el of e.elts) {
        if (el.kind === 'KeyValueExpr') {
          const kv = this.info.types.get(el.key)?.value;
          idx = kv && kv.kind === 'int' ? Number(kv.value) : idx;
          items.push([idx, elemCode(el.value, et)]);
        } else items.push([idx, elemCode(el, et)]);
        idx++;
        max = Math.max(max, idx);
      }
      const len = u.kind === 'array' ? u.len : max;
      const dense = items.every(([i], j) => i === j) && items.length === len;
      const arr = dense ? `[${items.map(([, c]) => c).join(', ')}]` : `$H.sparse(${len}, ${this.zeroFn(et)}, [${items.map(([i, c]) => `[${i}, ${c}]`).join(', ')}])`;
      return u.kind === 'array' ? arr : `$H.fromArray(${arr})`;
    }
    if (u.kind === 'map') {
      const ents = e.elts.map((el) => {
        const kv = el as A.KeyValueExpr;
        return `[${elemCode(kv.key, (u as { key: Type }).key)}, ${elemCode(kv.value, (u as { elem: Type }).elem)}]`;
      });
      return `$H.mkmap(${this.T(t)}, [${ents.join(', ')}])`;
    }
    throw new LowerError(e.pos, 'not supported in this course runtime: composite literal of this type');
  }

  selector(e: A.SelectorExpr): string {
    const sel = this.info.selections.get(e);
    if (!sel) {
      // qualified identifier pkg.Name
      const o = this.info.uses.get(e.sel);
      if (!o) throw new LowerError(e.pos, `internal: unresolved selector ${e.sel.name}`);
      if (o.kind === 'const') return constCode(o.value, o.type);
      if (o.kind === 'func') return this.stdGenerators(o.pkg, o.name) ? this.stdFunc(o.pkg, o.name) : `$H.asGen(${this.stdFunc(o.pkg, o.name)})`;
      if (o.kind === 'var') {
        const p = this.hoist('pkg:' + o.pkg, `$rt.pkgs[${JSON.stringify(o.pkg)}]`);
        return `${p}.vars.${o.name}`;
      }
      throw new LowerError(e.pos, `internal: selector of kind ${o.kind}`);
    }
    if (sel.kind === 'field') {
      const { obj, key } = this.fieldTarget(e);
      return `${obj}.${key}`;
    }
    if (sel.kind === 'methodExpr' && this.isIface(sel.recv)) {
      return `((g, r, ...a) => $H.imethod(r, ${JSON.stringify(sel.obj.name)})(g, ...a))`;
    }
    if (sel.kind === 'methodExpr') {
      // T.M or (*T).M: the method set of the receiver type decides (pointer types see value methods through a deref)
      const isPtr = sel.recv.kind === 'pointer';
      const base = isPtr ? (sel.recv as { elem: Type }).elem : sel.recv;
      return `$H.lazyMethod(${this.T(base)}, ${JSON.stringify(sel.obj.name)}, ${isPtr})`;
    }
    // method value: bind receiver now
    const m = this.methodCall(e, sel);
    if (m.iface) { const x = this.tmp(); return `((${x}) => $H.bind((g, r, ...a) => $H.imethod(r, ${JSON.stringify(sel.obj.name)})(g, ...a), ${x}))(${this.expr(e.x)})`; }
    return `$H.bind(${m.gen === false ? m.fn + '$G' : m.fn}, ${m.copyRecv ?? m.recv})`;
  }

  /** methodRef returns a generator function expression for the method of a concrete receiver type. */
  methodRef(sel: Selection, recvT: Type): string {
    const f = sel.obj as Func;
    let base = recvT;
    if (underlying(base).kind === 'pointer' && base.kind !== 'named') base = (underlying(base) as { elem: Type }).elem;
    const ptr = !!f.ptrRecv || (f.type.recv && f.type.recv.type.kind === 'pointer');
    // find the named type that declares the method (may be reached through embedding)
    const recvType = f.type.recv && !hasTypeParam(f.type.recv.type) ? f.type.recv.type : base;
    const named = recvType.kind === 'pointer' ? recvType.elem : recvType;
    const T = this.T(named);
    if (hasTypeParam(named)) return `$H.lazyMethod(${T}, ${JSON.stringify(f.name)}, ${ptr})`;
    return this.hoist(`m:${T}.${f.name}:${ptr}`, `$H.lazyMethod(${T}, ${JSON.stringify(f.name)}, ${ptr})`);
  }

  /** methodCall returns the function and receiver code for x.M (concrete or interface receiver). */
  methodCall(e: A.SelectorExpr, sel: Selection): { fn: string; recv: string; iface?: boolean; copyRecv?: string; gen?: boolean } {
    const xt = this.typeOf(e.x);
    if (this.isIface(xt) && sel.index.length === 1) {
      const x = this.expr(e.x);
      return { fn: `$H.imethod(${x}, ${JSON.stringify(sel.obj.name)})`, recv: '', iface: true };
    }
    if (underlying(xt).kind === 'typeparam' && sel.index.length === 1) {
      return { fn: `$H.tpmethod(${this.T(xt)}, ${JSON.stringify(sel.obj.name)})`, recv: this.expr(e.x, true), gen: true };
    }
    // walk embedded fields to the receiver
    const f = sel.obj as Func;
    let code = this.expr(e.x, true);
    let t = xt;
    for (let k = 0; k < sel.index.length - 1; k++) {
      let u = underlying(t);
      const isPtr = u.kind === 'pointer';
      if (isPtr) { t = (u as { elem: Type }).elem; u = underlying(t); }
      const st = u as { fields: Var[] };
      const key = fieldKey(st.fields, sel.index[k]!);
      code = isPtr ? `(${code} ?? $rt.nilp()).${key}` : `${code}.${key}`;
      t = st.fields[sel.index[k]!]!.type;
    }
    if (this.isIface(t)) {
      return { fn: `$H.imethod(${code}, ${JSON.stringify(f.name)})`, recv: '', iface: true };
    }
    const recvT = f.type.recv ? f.type.recv.type : t;
    const wantPtr = recvT.kind === 'pointer';
    const isPtr = underlying(t).kind === 'pointer' && t.kind !== 'named';
    const baseT = isPtr ? (underlying(t) as { elem: Type }).elem : t;
    let recv = code;
    if (wantPtr && !isPtr) {
      // &x: aggregates are their own pointer; boxed variables pass the box
      if (!this.isAggregate(baseT)) {
        let x = e.x;
        while (x.kind === 'ParenExpr') x = x.x;
        if (sel.index.length === 1 && x.kind === 'Ident') { const o = this.obj(x); if (o && this.boxed.has(o)) recv = this.name(o); }
        else recv = this.addrOf(x);
      }
    } else if (!wantPtr && isPtr) {
      recv = this.isAggregate(baseT) ? `(${code} ?? $rt.nilp())` : `(${code} ?? $rt.nilp()).v`;
    }
    const copyRecv = !wantPtr && this.isAggregate(baseT) ? `$H.clone(${this.T(baseT)}, ${recv})` : undefined;
    const direct = this.genericMethods.has(f) ? undefined : this.fnNames.get(f);
    if (direct) return { fn: direct, recv, copyRecv, gen: !this.plain.has(f) };
    const fnRef = this.methodRef(sel, baseT);
    return { fn: fnRef, recv, copyRecv };
  }



  sliceExpr(e: A.SliceExpr): string {
    const xt = this.typeOf(e.x);
    const u = underlying(xt);
    const b = (x?: A.Expr) => (x ? this.num(this.expr(x), x) : 'undefined');
    if (u.kind === 'basic') return `$H.sliceString(${this.expr(e.x)}, ${b(e.low)}, ${b(e.high)})`;
    if (u.kind === 'array') return `$H.sliceArray(${this.expr(e.x, true)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`;
    if (u.kind === 'pointer') return `$H.sliceArray((${this.expr(e.x)} ?? $rt.nilp()), ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`;
    return `$H.sliceExpr(${this.expr(e.x)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`;
  }

  /** addrOf lowers &x. */
  addrOf(x: A.Expr): string {
    while (x.kind === 'ParenExpr') x = x.x;
    const t = this.typeOf(x);
    if (x.kind === 'CompositeLit') return this.isAggregate(t) ? this.composite(x, t) : `{v: ${this.composite(x, t)}}`;
    if (this.isAggregate(t)) return this.expr(x, true);
    if (x.kind === 'Ident') {
      const o = this.obj(x)!;
      if (this.boxed.has(o)) return this.name(o);
      throw new LowerError(x.pos, 'internal: address of unboxed variable');
    }
    if (x.kind === 'SelectorExpr') {
      const { obj, key } = this.fieldTarget(x);
      return `$H.fieldPtr(${obj}, ${JSON.stringify(key)})`;
    }
    if (x.kind === 'IndexExpr') {
      const xt = underlying(this.typeOf(x.x));
      const i = this.num(this.expr(x.indices[0]!), x.indices[0]!);
      if (xt.kind === 'slice') return `$H.slicePtr(${this.expr(x.x)}, ${i})`;
      if (xt.kind === 'array') return `$H.arrayPtr(${this.expr(x.x, true)}, ${i})`;
      if (xt.kind === 'pointer') return `$H.arrayPtr((${this.expr(x.x)} ?? $rt.nilp()), ${i})`;
    }
    if (x.kind === 'StarExpr') return `(${this.expr(x.x)} ?? $rt.nilp())`;
    throw new LowerError(x.pos, 'not supported in this course runtime: address of this expression');
  }

  unary(e: A.UnaryExpr): string {
    const t = this.typeOf(e);
    switch (e.op) {
      case '&': return this.addrOf(e.x);
      case '<-': return `(yield* $H.recv($rt.world, ${this.expr(e.x)}))[0]`;
      case '!': return `!${this.expr(e.x)}`;
      case '+': return this.expr(e.x);
      case '-': {
        const k = basicKind(t);
        const x = this.expr(e.x);
        if (k === 'float64') return `(-${x})`;
        if (k === 'float32') return `Math.fround(-${x})`;
        if (k && INT64_KINDS.has(k)) return `$H.neg64(${x}, ${UNSIGNED.has(k)})`;
        if (k && SMALL_INT.has(k)) return `$H.wrapSmall(${JSON.stringify(k)}, -${x})`;
        return `(-${x})`;
      }
      case '^': {
        const k = basicKind(t)!;
        const x = this.expr(e.x);
        if (INT64_KINDS.has(k)) return `$H.compl64(${x}, ${UNSIGNED.has(k)})`;
        return `$H.wrapSmall(${JSON.stringify(k)}, ~${x})`;
      }
    }
    throw new LowerError(e.pos, `not supported in this course runtime: unary ${e.op}`);
  }

  binary(e: A.BinaryExpr): string {
    const op = e.op;
    if (op === '&&' || op === '||') return `(${this.expr(e.x)} ${op} ${this.expr(e.y)})`;
    const xt = this.typeOf(e.x), yt = this.typeOf(e.y);
    if (op === '==' || op === '!=') {
      // mixed interface/concrete comparisons convert the concrete side
      const xi = this.isIface(xt), yi = this.isIface(yt);
      const xnil = xt.kind === 'basic' && xt.basic === 'untyped nil';
      const ynil = yt.kind === 'basic' && yt.basic === 'untyped nil';
      if (xnil || ynil) {
        const other = xnil ? this.expr(e.y) : this.expr(e.x);
        return `(${other} ${op === '==' ? '===' : '!=='} null)`;
      }
      let a: string, b: string, ct: Type;
      if (xi && !yi) { a = this.expr(e.x); b = this.exprTo(e.y, xt); ct = xt; }
      else if (yi && !xi) { a = this.exprTo(e.x, yt); b = this.expr(e.y); ct = yt; }
      else { ct = isUntypedT(xt) ? yt : xt; a = this.exprTo(e.x, ct); b = this.exprTo(e.y, ct); }
      return this.equality(a, b, ct, op);
    }
    const t = this.typeOf(e);
    const isShift = op === '<<' || op === '>>';
    const ct = ['<', '<=', '>', '>='].includes(op) ? (isUntypedT(xt) ? yt : xt) : t;
    const a = this.exprTo(e.x, isShift ? t : ct);
    const b = isShift ? this.expr(e.y) : this.exprTo(e.y, ct);
    // Inside counted loops, arithmetic whose operands have known small ranges is exact in plain JS numbers.
    if (this.ranges.size > 0 && ct === t && lowerHooks.ranges?.binaryRange(e, this.info, this.ranges)) return op === '*' ? `(${a} * ${b} + 0)` : `(${a} ${op} ${b})`;
    return this.binop(op, a, b, ct, yt, e.y);
  }

  equality(a: string, b: string, t: Type, op: string): string {
    const u = underlying(t);
    const neg = op === '!=';
    if (u.kind === 'interface') return `${neg ? '!' : ''}$H.ieq(${a}, ${b})`;
    if (u.kind === 'struct' || u.kind === 'array' || u.kind === 'typeparam') return `${neg ? '!' : ''}$H.equal(${this.T(t)}, ${a}, ${b})`;
    return `(${a} ${neg ? '!==' : '==='} ${b})`;
  }

  /** binop lowers an arithmetic/comparison operator on values of type t. */
  binop(op: string, a: string, b: string, t: Type, bt: Type, be: A.Expr): string {
    if (underlying(t).kind === 'typeparam' && !['<', '<=', '>', '>='].includes(op)) return `$H.dynBin(${JSON.stringify(op)}, ${this.T(t)}, ${a}, ${b})`;
    const k = basicKind(t);
    if (['<', '<=', '>', '>='].includes(op)) return `(${a} ${op} ${b})`;
    if (k === 'string') return `(${a} + ${b})`;
    if (k === 'float64' || k === 'float32') {
      const r = op === '/' ? `(${a} / ${b})` : `(${a} ${op} ${b})`;
      return k === 'float32' ? `Math.fround${r}` : r;
    }
    if (!k) throw new LowerError(be.pos, `not supported in this course runtime: operator ${op} on ${typeString(t)}`);
    const uns = UNSIGNED.has(k);
    const bconst = this.info.types.get(be)?.value;
    const nonZeroConst = bconst && bconst.kind === 'int' && bconst.value !== 0n;
    if (INT64_KINDS.has(k)) {
      switch (op) {
        case '+': return uns ? `$H.addU64(${a}, ${b})` : `$H.add64(${a}, ${b})`;
        case '-': return uns ? `$H.subU64(${a}, ${b})` : `$H.sub64(${a}, ${b})`;
        case '*': return uns ? `$H.mulU64(${a}, ${b})` : `$H.mul64(${a}, ${b})`;
        case '/': return `$H.quo64(${a}, ${nonZeroConst ? b : `$H.nz(${b})`}, ${uns})`;
        case '%': return `$H.rem64(${a}, ${nonZeroConst ? b : `$H.nz(${b})`})`;
        case '&': return `$H.and64(${a}, ${b}, ${uns})`;
        case '|': return `$H.or64(${a}, ${b}, ${uns})`;
        case '^': return `$H.xor64(${a}, ${b}, ${uns})`;
        case '&^': return `$H.andNot64(${a}, ${b}, ${uns})`;
        case '<<': return `$H.shl64(${a}, $H.shiftCount(${b}), ${uns})`;
        case '>>': {
          const k = bconst && bconst.kind === 'int' && bconst.value >= 0n && bconst.value < 64n ? Number(bconst.value) : -1;
          return k >= 0 ? `$H.shr64k(${a}, ${k}, ${uns})` : `$H.shr64(${a}, $H.shiftCount(${b}), ${uns})`;
        }
      }
    }
    const w = (x: string): string => {
      switch (k) {
        case 'int32': return `((${x}) | 0)`;
        case 'uint32': return `((${x}) >>> 0)`;
        case 'int16': return `((${x}) << 16 >> 16)`;
        case 'int8': return `((${x}) << 24 >> 24)`;
        case 'uint16': return `((${x}) & 0xffff)`;
        case 'uint8': return `((${x}) & 0xff)`;
      }
      return `$H.wrapSmall(${JSON.stringify(k)}, ${x})`;
    };
    switch (op) {
      case '+': return w(`${a} + ${b}`);
      case '-': return w(`${a} - ${b}`);
      case '*': return k === 'int32' ? `Math.imul(${a}, ${b})` : w(`Math.imul(${a}, ${b})`);
      case '/': return w(`Math.trunc(${a} / ${nonZeroConst ? b : `$H.nz(${b})`})`);
      case '%': return w(`${a} % ${nonZeroConst ? b : `$H.nz(${b})`}`);
      case '&': return w(`${a} & ${b}`);
      case '|': return w(`${a} | ${b}`);
      case '^': return w(`${a} ^ ${b}`);
      case '&^': return w(`${a} & ~${b}`);
      case '<<': return `$H.shlSmall(${JSON.stringify(k)}, ${a}, $H.shiftCount(${b}))`;
      case '>>': return `$H.shrSmall(${JSON.stringify(k)}, ${a}, $H.shiftCount(${b}))`;
    }
    void bt;
    throw new LowerError(be.pos, `not supported in this course runtime: operator ${op}`);
  }

  // ------------------------------------------------------------------ calls

  commaOk(r: A.Expr, n: number): string | null {
    if (n !== 2) return null;
    while (r.kind === 'ParenExpr') r = r.x;
    if (r.kind === 'IndexExpr') {
      const xt = underlying(this.typeOf(r.x));
      if (xt.kind === 'map') return `$H.mget2(${this.expr(r.x)}, ${this.exprTo(r.indices[0]!, xt.key)}, ${this.zeroFn(xt.elem)})`;
    }
    if (r.kind === 'TypeAssertExpr') return (lowerHooks.typeAssert ?? notLoaded(this, r)).commaOk(this, r);
    if (r.kind === 'UnaryExpr' && r.op === '<-') return `(yield* $H.recv($rt.world, ${this.expr(r.x)}))`;
    return null;
  }

  calleeCode(call: A.CallExpr, copyRecv = false): { fn: string; recv: string[]; sig: Signature; gen: boolean } {
    let fun = call.fun;
    while (fun.kind === 'ParenExpr') fun = fun.x;
    const ft = underlying(this.typeOf(call.fun)) as Signature;
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel && sel.kind === 'method') {
        const m = this.methodCall(fun, sel);
        if (m.iface) {
          // bind: the interface value is evaluated once
          return { fn: m.fn, recv: [], sig: ft, gen: true };
        }
        return { fn: m.fn, recv: [copyRecv && m.copyRecv ? m.copyRecv : m.recv], sig: ft, gen: m.gen ?? true };
      }
      if (!sel) {
        const o = this.info.uses.get(fun.sel);
        if (o && o.kind === 'func' && o.pkg !== 'main' && o.pkg !== '') {
          return { fn: this.stdFunc(o.pkg, o.name), recv: [], sig: ft, gen: this.stdGenerators(o.pkg, o.name) };
        }
      }
    }
    if (fun.kind === 'IndexExpr' && fun.x.kind === 'Ident' && this.info.instances.get(fun.x)) fun = fun.x;
    if (fun.kind === 'Ident') {
      const o = this.obj(fun);
      const inst = this.info.instances.get(fun);
      if (o && o.kind === 'func' && o.pkg === 'main') return { fn: this.name(o), recv: inst ? inst.typeArgs.map((a) => this.T(a)) : [], sig: ft, gen: !this.plain.has(o) };
    }
    return { fn: `(${this.expr(call.fun)} ?? $rt.nilp())`, recv: [], sig: ft, gen: true };
  }

  argCodes(call: A.CallExpr, sig: Signature): string[] {
    const ps = sig.params.vars;
    const args = call.args;
    // f(g()) with a multi-value g
    if (args.length === 1 && ps.length > 1) {
      const at = this.typeOf(args[0]!);
      if (at.kind === 'tuple') {
        const t = this.tmp();
        this.preStmts.push(`const ${t} = ${this.expr(args[0]!)};`);
        const vals = at.vars.map((v, i) => this.convert(`${t}[${i}]`, v.type, i < ps.length - (sig.variadic ? 1 : 0) ? ps[i]!.type : ((ps[ps.length - 1]!.type) as { elem: Type }).elem));
        if (sig.variadic) {
          const fixed = ps.length - 1;
          return [...vals.slice(0, fixed), `$H.fromArray([${vals.slice(fixed).join(', ')}])`];
        }
        return vals;
      }
    }
    if (args.length === 1 && ps.length >= 1 && sig.variadic && this.typeOf(args[0]!).kind === 'tuple') {
      const at = this.typeOf(args[0]!) as { vars: Var[] };
      const t = this.tmp();
      this.preStmts.push(`const ${t} = ${this.expr(args[0]!)};`);
      const et = (ps[ps.length - 1]!.type as { elem: Type }).elem;
      return [`$H.fromArray([${at.vars.map((v, i) => this.convert(`${t}[${i}]`, v.type, et)).join(', ')}])`];
    }
    if (!sig.variadic || call.hasDots) return args.map((a, i) => this.exprTo(a, ps[i]!.type));
    const fixed = ps.length - 1;
    const et = (underlying(ps[fixed]!.type) as { elem: Type }).elem;
    const out = args.slice(0, fixed).map((a, i) => this.exprTo(a, ps[i]!.type));
    const rest = args.slice(fixed).map((a) => this.exprTo(a, et));
    out.push(rest.length ? `$H.fromArray([${rest.join(', ')}])` : 'null');
    return out;
  }
  preStmts: string[] = [];

  call(call: A.CallExpr): string {
    const bi = this.info.builtins.get(call);
    if (bi) return this.builtin(call, bi.name);
    const funTV = this.info.types.get(call.fun);
    if (funTV && funTV.mode === 'typexpr') return this.conversion(call, funTV.type);
    if (call.fun.kind === 'Ident' && !funTV) {
      const o = this.obj(call.fun);
      if (o && o.kind === 'typename') return this.conversion(call, o.type);
      if (o && o.kind === 'builtin') return this.builtin(call, o.builtin);
    }
    const saved = this.preStmts;
    this.preStmts = [];
    const c = this.calleeCode(call);
    const w = callWords(c.sig, call.fun.kind === 'SelectorExpr' && this.info.selections.get(call.fun)?.kind === 'method');
    if (w > (this.fn.w ?? 0)) this.fn.w = w;
    const args = [...c.recv, ...this.argCodes(call, c.sig)];
    const pre = this.preStmts;
    this.preStmts = saved;
    const inv = c.gen ? `(yield* ${c.fn}($g${args.map((a) => ', ' + a).join('')}))` : `${c.fn}($g${args.map((a) => ', ' + a).join('')})`;
    if (pre.length) return this.fn.plain ? `((() => { ${pre.join(' ')} return ${inv}; })())` : `(yield* (function* () { ${pre.join(' ')} return ${inv}; }).call(this))`;
    return inv;
  }

  conversion(call: A.CallExpr, to: Type): string {
    const arg = call.args[0]!;
    const from = this.typeOf(arg);
    const tv = this.info.types.get(call);
    if (tv?.value && tv.value.kind !== 'unknown') return constCode(tv.value, to);
    const x = this.expr(arg);
    const tu = underlying(to), fu = underlying(from);
    if (tu.kind === 'typeparam' || fu.kind === 'typeparam') return `$H.dynConv(${this.T(to)}, ${this.T(from)}, ${x})`;
    if (tu.kind === 'interface') return this.convert(this.isAggregate(from) && !isFresh(arg) ? `$H.clone(${this.T(from)}, ${x})` : x, from, to, arg);
    const tk = basicKind(to), fk = basicKind(from);
    if (tk && fk) {
      if (tk === 'string') {
        if (fk === 'string') return x;
        return `$H.runeToString(${x})`;
      }
      if (tk === 'float64') return fk === 'float64' || fk === 'float32' ? x : `$H.toFloat(${x})`;
      if (tk === 'float32') return `Math.fround($H.toFloat(${x}))`;
      if (tk === 'bool') return x;
      if (INT64_KINDS.has(tk) || SMALL_INT.has(tk)) {
        if (fk === tk) return x;
        return `$H.convInt(${JSON.stringify(tk)}, ${x})`;
      }
    }
    if (tk === 'string' && fu.kind === 'slice') {
      const ek = basicKind(fu.elem);
      return ek === 'int32' ? `$H.runesToString(${x})` : `$H.bytesToString(${x})`;
    }
    if (tu.kind === 'slice' && fk === 'string') {
      const ek = basicKind(tu.elem);
      return ek === 'int32' ? `$H.stringToRunes(${x})` : `$H.stringToBytes(${x})`;
    }
    if (tu.kind === 'array' && fu.kind === 'slice') return `$H.sliceToArray(${x}, ${tu.len})`;
    if (tu.kind === 'pointer' && fu.kind === 'slice') return `$H.sliceToArrayPtr(${x}, ${(underlying(tu.elem) as { len: number }).len})`;
    if (this.isAggregate(to) && !isFresh(arg)) return `$H.clone(${this.T(to)}, ${x})`;
    return x;
  }

  builtin(call: A.CallExpr, name: string): string {
    const a = call.args;
    const at = (i: number) => underlying(this.typeOf(a[i]!));
    switch (name) {
      case 'len': {
        const u = at(0);
        const x = this.expr(a[0]!);
        if (u.kind === 'basic') return `${x}.length`;
        if (u.kind === 'slice') return `$H.slen(${x})`;
        if (u.kind === 'array') return String(u.len);
        if (u.kind === 'pointer') return String((underlying(u.elem) as { len: number }).len);
        if (u.kind === 'map') return `$H.mlen(${x})`;
        if (u.kind === 'chan') return `$H.chanLen(${x})`;
        break;
      }
      case 'cap': {
        const u = at(0);
        const x = this.expr(a[0]!);
        if (u.kind === 'slice') return `$H.scap(${x})`;
        if (u.kind === 'array') return String(u.len);
        if (u.kind === 'pointer') return String((underlying(u.elem) as { len: number }).len);
        if (u.kind === 'chan') return `$H.chanCap(${x})`;
        break;
      }
      case 'append': {
        const st = this.typeOf(call);
        const et = (underlying(st) as { elem: Type }).elem;
        const s = this.exprTo(a[0]!, st);
        const size = elemSize(et);
        if (call.hasDots) {
          const y = this.expr(a[1]!);
          const yk = basicKind(this.typeOf(a[1]!));
          return `$H.append(${s}, ${yk === 'string' ? `$H.toArray($H.stringToBytes(${y}))` : `$H.toArray(${y})`}, ${size}, ${this.zeroFn(et)})`;
        }
        if (a.length === 1) return s;
        if (a.length === 2) return `$H.append1(${s}, ${this.exprTo(a[1]!, et)}, ${size}, ${this.zeroFn(et)})`;
        return `$H.append(${s}, [${a.slice(1).map((x) => this.exprTo(x, et)).join(', ')}], ${size}, ${this.zeroFn(et)})`;
      }
      case 'make': {
        const t = this.typeOf(a[0]!);
        const u = underlying(t);
        const n = a[1] ? this.num(this.expr(a[1]), a[1]) : '0';
        if (u.kind === 'slice') return `$H.makeSlice(${n}, ${a[2] ? this.num(this.expr(a[2]), a[2]) : n}, ${this.zeroFn(u.elem)})`;
        if (u.kind === 'map') return `$H.mkmap(${this.T(t)}, [])`;
        if (u.kind === 'chan') return `$H.makeChan(${n}, ${this.zeroFn(u.elem)})`;
        break;
      }
      case 'new': {
        const t = this.typeOf(a[0]!);
        if (this.isAggregate(t)) return this.zero(t);
        return `{v: ${this.zero(t)}}`;
      }
      case 'panic': return `$rt.panic(${this.exprTo(a[0]!, { kind: 'interface', methods: [], embeddeds: [] })})`;
      case 'recover': return `$rt.recover($g, $d)`;
      case 'clear': case 'close': case 'copy': case 'delete': case 'max': case 'min': case 'print': case 'println':
        return (lowerHooks.rareBuiltin ?? notLoaded)(this, call, name);
    }
    throw new LowerError(call.pos, `not supported in this course runtime: ${name}`);
  }
}

function elemSize(t: Type): number {
  const u = underlying(t);
  if (u.kind === 'basic') return ELEM_SIZE[u.basic] ?? 8;
  if (u.kind === 'slice') return 24;
  if (u.kind === 'interface') return 16;
  if (u.kind === 'array') return u.len * elemSize(u.elem);
  if (u.kind === 'struct') { let s = 0; for (const f of u.fields) s += Math.max(8, elemSize(f.type)); return s || 1; }
  return 8;
}

function tupleAt(t: Type, i: number): Type {
  return t.kind === 'tuple' ? t.vars[i]!.type : t;
}
function isUntypedT(t: Type): boolean { return t.kind === 'basic' && t.basic.startsWith('untyped'); }
function isFresh(e: A.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'CompositeLit' || e.kind === 'CallExpr';
}
function containsDefer(b: A.BlockStmt): boolean {
  let found = false;
  const visit = (n: any): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n.kind === 'FuncLit') return;
    if (n.kind === 'DeferStmt') { found = true; return; }
    for (const k in n) if (k !== 'pos' && k !== 'end') visit(n[k]);
  };
  visit(b.stmts);
  return found;
}
