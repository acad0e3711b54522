/** Package-level declarations: collecting objects from all files, then resolving each lazily in any order. */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import type { Pos } from '../syntax/ast.ts';
import { unparen } from '../syntax/parser.ts';
import { assignVar, initVars } from './assign.ts';
import type { Checker, DeclInfo } from './checker.ts';
import { UNKNOWN, intVal } from './constant.ts';
import { constDeclValue } from './expr.ts';
import { isExported } from './lookup.ts';
import { Scope } from './scope.ts';
import { funcBody } from './stmt.ts';
import { typesHooks } from './hooks.ts';
import { pkgName, typeString } from './names.ts';
import { declareTypeParams, funcType, typExpr } from './typexpr.ts';
import {
  Typ, isInvalid, newVar, underlying, type Const, type Func, type Named, type Obj, type PkgName, type Type, type TypeName, type Var,
} from './types.ts';

/** collectObjects declares every package-level object of the files in the package scope. */
export function collectObjects(c: Checker, files: A.File[]): void {
  for (const f of files) {
    const fileScope = new Scope(c.pkgScope, 'file', f);
    c.info.scopes.set(f, fileScope);
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl') {
        collectFunc(c, d, fileScope);
        continue;
      }
      for (const s of d.specs) {
        if (s.kind === 'ImportSpec') collectImport(c, s, fileScope);
        else if (s.kind === 'TypeSpec') {
          const obj: TypeName = { kind: 'typename', name: s.name.name, type: Typ.invalid, pkg: c.pkg, pos: s.name.pos, decl: s, alias: s.alias };
          declare(c, c.pkgScope, s.name, obj);
          c.decls.set(obj, { file: fileScope, spec: s, state: 'todo' });
        } else if (d.tok === 'const') {
          for (const n of s.names) {
            const obj: Const = { kind: 'const', name: n.name, type: Typ.invalid, pkg: c.pkg, pos: n.pos, decl: s, value: UNKNOWN };
            declare(c, c.pkgScope, n, obj);
            c.decls.set(obj, { file: fileScope, spec: s, state: 'todo' });
          }
        } else {
          const lhs: Var[] = [];
          for (const n of s.names) {
            const obj = newVar(n.name, Typ.invalid, c.pkg, n.pos, { decl: s, used: true });
            lhs.push(obj);
            declare(c, c.pkgScope, n, obj);
          }
          for (const v of lhs) c.decls.set(v, { file: fileScope, spec: s, lhs, state: 'todo' });
        }
      }
    }
  }
  // a package-level name may not also be the name of an import in a file
  for (const f of files) {
    const fs = c.info.scopes.get(f)!;
    for (const [name, obj] of fs.names) {
      const alt = c.pkgScope.lookup(name);
      if (alt && obj.kind === 'pkgname' && alt.pos) {
        c.error(alt.pos, msg(96, name, obj.name, obj.path));
      }
    }
  }
}

function declare(c: Checker, scope: Scope, id: A.Ident, obj: Obj): void {
  c.info.defs.set(id, obj);
  if (id.name === '_') return;
  if (scope === c.pkgScope && (id.name === 'init' || id.name === 'main') && obj.kind !== 'func') {
    c.errorAt(id, msg(97, id.name));
    return;
  }
  const alt = scope.insert(obj);
  if (alt) {
    c.errorAt(id, msg(98, id.name, posString(alt.pos), id.name));
  }
}

function posString(p: A.Pos | undefined): string {
  return p ? `${p.file}:${p.line}:${p.col}` : '<unknown>';
}

function collectImport(c: Checker, s: A.ImportSpec, fileScope: Scope): void {
  if (s.path.bad) return;
  let path: string;
  try {
    path = JSON.parse(s.path.value.startsWith('`') ? JSON.stringify(s.path.value.slice(1, -1)) : s.path.value) as string;
  } catch {
    return;
  }
  const pkg = path === 'unsafe' || path === 'reflect' || path === 'C' ? undefined : c.loader(path);
  if (!pkg) {
    c.unsupported(s.path.pos, path === 'C' ? 'cgo' : `package ${path}`);
    // a placeholder keeps uses of the package from producing follow-on errors
    const name = s.name ? s.name.name : pkgName(path);
    if (name !== '_' && name !== '.') {
      fileScope.insert({ kind: 'pkgname', name, path, type: Typ.invalid, pkg: c.pkg, pos: s.path.pos, used: true, unsupported: true });
    }
    return;
  }
  const name = s.name ? s.name.name : pkg.name;
  if (name === '.') {
    c.unsupported(s.name!.pos, 'dot imports');
    return;
  }
  const obj: PkgName = { kind: 'pkgname', name, path, type: Typ.invalid, pkg: c.pkg, pos: s.name?.pos ?? s.path.pos, decl: s };
  if (s.name) c.info.defs.set(s.name, obj);
  else c.info.implicits.set(s, obj);
  if (name === '_') return;
  const alt = fileScope.insert(obj);
  if (alt) c.error(obj.pos!, msg(99, name));
  if (!s.name) obj.pos = s.path.pos;
  importsInOrder.get(c)?.push(obj) ?? importsInOrder.set(c, [obj]);
}

const importsInOrder = new WeakMap<Checker, PkgName[]>();

/** unusedImports reports imports that were never used, as gc does. */
export function unusedImports(c: Checker): void {
  for (const obj of importsInOrder.get(c) ?? []) {
    if (obj.used) continue;
    const base = pkgName(obj.path);
    if (obj.name !== base) c.error(obj.pos!, msg(100, obj.path, obj.name));
    else c.error(obj.pos!, msg(101, obj.path));
  }
}

function collectFunc(c: Checker, d: A.FuncDecl, fileScope: Scope): void {
  const obj: Func = { kind: 'func', name: d.name.name, type: undefined as unknown as Func['type'], pkg: c.pkg, pos: d.name.pos, decl: d };
  c.funcObjs.set(d, obj);
  c.decls.set(obj, { file: fileScope, func: d, state: 'todo' });
  obj.resolve = () => {
    objType(c, obj);
    if (!obj.type) obj.type = { kind: 'signature', params: { kind: 'tuple', vars: [] }, results: { kind: 'tuple', vars: [] }, variadic: false, typeParams: [] };
  };
  if (d.recv) {
    c.info.defs.set(d.name, obj);
    let rt: A.Expr = unparen(d.recv.type);
    if (rt.kind === 'StarExpr') {
      obj.ptrRecv = true;
      rt = unparen(rt.x);
    }
    if (rt.kind === 'IndexExpr') rt = rt.x;
    const base = rt.kind === 'Ident' ? rt.name : '';
    if (base) {
      const list = c.methodDecls.get(base) ?? [];
      list.push({ decl: d, file: fileScope });
      c.methodDecls.set(base, list);
    }
    return;
  }
  if (d.name.name === 'init') {
    c.info.defs.set(d.name, obj);
    if (d.type.params.length || d.type.results.length) c.errorAt(d.name, msg(102));
    return;
  }
  if (d.name.name === 'main' && c.pkg === 'main') {
    if (d.type.params.length || d.type.results.length) c.errorAt(d.name, msg(103));
    if (d.type.typeParams?.length) c.errorAt(d.name, msg(104));
  }
  declare(c, c.pkgScope, d.name, obj);
}

/** objType returns obj's type, resolving its declaration first if needed (any order, cycles reported). */
export function objType(c: Checker, obj: Obj): Type {
  const d = c.decls.get(obj);
  if (!d || d.state === 'done') return obj.type;
  if (d.state === 'doing') {
    if (obj.kind === 'typename') return obj.type; // a Named under construction: references are fine
    if (obj.kind === 'func') return obj.type ?? Typ.invalid;
    if (!isInvalid(obj.type)) return obj.type;
    const i = c.objPath.indexOf(obj);
    const cycle = i >= 0 ? c.objPath.slice(i) : [obj];
    if (!cycle.some((o) => (o as { cycleReported?: boolean }).cycleReported)) {
      for (const o of cycle) (o as { cycleReported?: boolean }).cycleReported = true;
      c.reportCycle(cycle);
    }
    obj.type = Typ.invalid;
    return Typ.invalid;
  }
  d.state = 'doing';
  c.objPath.push(obj);
  const saveEnv = c.env;
  const saveIota = c.iota;
  const saveDeps = c.curDeps;
  c.curDeps = obj.kind === 'var' ? c.depsOf(obj) : undefined;
  c.env = undefined;
  try {
    if (obj.kind === 'typename') typeDecl(c, obj, d);
    else if (obj.kind === 'const') constDecl(c, obj, d);
    else if (obj.kind === 'var') varDecl(c, obj, d);
    else if (obj.kind === 'func') funcDecl(c, obj, d);
  } finally {
    c.env = saveEnv;
    c.iota = saveIota;
    c.curDeps = saveDeps;
    c.objPath.pop();
  }
  d.state = 'done';
  return obj.type;
}

function constDecl(c: Checker, obj: Const, d: DeclInfo): void {
  const s = d.spec as A.ValueSpec;
  const i = s.names.findIndex((n) => n.pos === obj.pos);
  c.iota = intVal(s.iota);
  const saveErrpos = c.errpos;
  if (s.implicit) c.errpos = obj.pos;
  let type: Type;
  let value: import('./constant.ts').ConstValue;
  try {
    [type, value] = constDeclValue(c, s, i, d.file);
  } finally {
    c.errpos = saveErrpos;
  }
  obj.type = type;
  obj.value = value;
}

function varDecl(c: Checker, obj: Var, d: DeclInfo): void {
  const s = d.spec as A.ValueSpec;
  const lhs = d.lhs!;
  let declType: Type | undefined;
  if (s.type) declType = typExpr(c, s.type, d.file);
  for (const v of lhs) {
    v.type = declType ?? Typ.invalid;
    const vd = c.decls.get(v);
    if (vd) vd.state = 'doing';
  }
  if (s.values.length === 0) {
    for (const v of lhs) c.decls.get(v)!.state = 'done';
    return;
  }
  initVars(c, lhs, s.values, declType, d.file, s);
  for (const v of lhs) c.decls.get(v)!.state = 'done';
  void assignVar;
  void obj;
}

function typeDecl(c: Checker, obj: TypeName, d: DeclInfo): void {
  const s = d.spec as A.TypeSpec;
  if (s.alias) {
    if (s.typeParams?.length) c.unsupported(s.name.pos, 'generic type aliases');
    obj.type = typExpr(c, s.type, d.file);
    return;
  }
  const named: Named = { kind: 'named', obj, underlying: Typ.invalid, methods: [], typeParams: [] };
  obj.type = named;
  let scope = d.file;
  if (s.typeParams?.length) {
    scope = new Scope(d.file, 'block', s);
    named.typeParams = declareTypeParams(c, s.typeParams, scope);
  }
  const rhs = typExpr(c, s.type, scope, true);
  let u = rhs.kind === 'named' ? rhs.underlying : rhs;
  const pending = rhs.kind === 'named' && isInvalid(u) && (c.decls.get(rhs.obj)?.state === 'doing' || waitingOn.has(rhs));
  if (pending && rhs !== named && rootOf(rhs) !== named) {
    // `type T2 T1` (or a chain T4 -> T5 -> T1) while T1 is still being resolved (T1 refers to *T2): take T1's
    // underlying type when it is known
    waitingOn.set(named, rhs);
    const root = rootOf(rhs);
    waiters.set(root, [...(waiters.get(root) ?? []), named]);
    u = Typ.invalid;
  } else if (rhs === named) {
    c.errorAt(s.name, msg(105, obj.name));
    u = Typ.invalid;
  } else if (pending) {
    // a cycle of declared types: named -> rhs -> ... -> named, reported at its first type in the source, as types2 does
    const cycle: Named[] = [named];
    for (let t = rhs as Named; t !== named; t = waitingOn.get(t)!) cycle.push(t);
    const at = cycle.reduce((m, t, i) => (before(t.obj.pos, cycle[m].obj.pos) ? i : m), 0);
    const order = [...cycle.slice(at), ...cycle.slice(0, at)];
    const first = order[0].obj;
    const lines = order.map((t) => `\n\t${posString(t.obj.pos!)}: ${t.obj.name} refers to`).join('');
    c.error(first.pos!, msg(106, first.name, lines, posString(first.pos!), first.name));
    u = Typ.invalid;
  }
  if (rhs.kind === 'typeparam') {
    c.errorAt(s.type, msg(107));
    u = Typ.invalid;
  }
  named.underlying = u;
  if (checkInvalidRecursion(named)) {
    c.errorAt(s.name, msg(108, obj.name));
    named.underlying = Typ.invalid;
  }
  // methods
  for (const m of c.methodDecls.get(obj.name) ?? []) {
    const f = c.funcObjs.get(m.decl)!;
    named.methods.push(f);
  }
  for (const f of named.methods) {
    const dup = named.methods.find((g) => g !== f && g.name === f.name);
    if (dup && dup.pos && f.pos && (dup.pos.offset < f.pos.offset || dup.pos.file < f.pos.file)) {
      c.error(f.pos, msg(109, obj.name, f.name, posString(dup.pos)));
    }
    const st = underlying(named);
    if (st.kind === 'struct' && st.fields.some((x) => x.name === f.name) && f.pos) {
      c.error(f.pos, msg(110, f.name, posString(st.fields.find((x) => x.name === f.name)!.pos), f.name));
    }
  }
  if (!c.cyclicGenerics.has(named)) for (const inst of c.pendingInstances) if ((inst.orig ?? inst) === named) c.expandInstance(inst);
  const ws = waiters.get(named);
  if (ws) {
    waiters.delete(named);
    for (const w of ws) {
      w.underlying = named.underlying;
      waitingOn.delete(w);
    }
  }
}

const waiters = new Map<Named, Named[]>();
/** waitingOn maps a type declared as another named type still being resolved to that type. */
const waitingOn = new Map<Named, Named>();
/** rootOf follows waitingOn to the type whose resolution the chain waits for. */
function rootOf(t: Named): Named {
  while (waitingOn.has(t)) t = waitingOn.get(t)!;
  return t;
}
const before = (a: Pos | undefined, b: Pos | undefined): boolean => !!a && !!b && (a.file < b.file || (a.file === b.file && a.offset < b.offset));

/** checkInvalidRecursion detects a struct or array that contains itself by value. */
function checkInvalidRecursion(n: Named): boolean {
  const visit = (t: Type, path: Set<Type>): boolean => {
    if (t === n && path.size > 0) return true;
    if (path.has(t)) return false;
    path.add(t);
    try {
      switch (t.kind) {
        case 'named':
          return t.orig ? false : visit(t.underlying, path);
        case 'struct':
          return t.fields.some((f) => visit(f.type, path));
        case 'array':
          return visit(t.elem, path);
      }
      return false;
    } finally {
      path.delete(t);
    }
  };
  return visit(n.underlying, new Set([n]));
}

/** installInstanceExpansion teaches the checker to expand instances of generic types. */
export function installInstanceExpansion(c: Checker): void {
  c.expandInstance = (inst: Named) => typesHooks.genericTypes?.expandInstance(c, inst);
}

function funcDecl(c: Checker, obj: Func, d: DeclInfo): void {
  const fd = d.func!;
  const sigScope = new Scope(d.file, 'func', fd);
  c.info.scopes.set(fd.type, sigScope);
  let recv: Var | undefined;
  if (fd.recv) recv = receiver(c, fd, obj, sigScope);
  if (fd.recv && fd.type.typeParams?.length) c.errorAt(fd.type, msg(111));
  const { sig } = funcType(c, fd.type, d.file, recv, sigScope);
  obj.type = sig;
  if (!fd.body) {
    if (c.pkg === 'main') c.errorAt(fd.name, msg(112));
    return;
  }
  const name = fd.name.name;
  c.delayed.push(() => {
    const save = c.curDeps;
    c.curDeps = c.depsOf(obj);
    try {
      funcBody(c, name, sig, fd.body!, sigScope);
    } finally {
      c.curDeps = save;
    }
  });
}

function receiver(c: Checker, fd: A.FuncDecl, obj: Func, sigScope: Scope): Var | undefined {
  const f = fd.recv!;
  let rt: A.Expr = unparen(f.type);
  let ptr = false;
  if (rt.kind === 'StarExpr') {
    ptr = true;
    rt = unparen(rt.x);
  }
  let tparamIds: A.Expr[] = [];
  if (rt.kind === 'IndexExpr') {
    tparamIds = rt.indices;
    rt = rt.x;
  }
  let t: Type = Typ.invalid;
  if (rt.kind === 'Ident') {
    const found = c.pkgScope.lookup(rt.name) ?? sigScope.lookupParent(rt.name)?.[1];
    if (!found) c.errorAt(rt, `undefined: ${rt.name}`);
    else if (found.kind !== 'typename') c.errorAt(rt, msg(113, rt.name));
    else {
      c.info.uses.set(rt, found);
      t = objType(c, found);
      if (t.kind !== 'named' || found.pkg !== c.pkg || found.alias && t.kind !== 'named') {
        c.errorAt(f, msg(114, typeString(t)));
        t = Typ.invalid;
      } else {
        const u = underlying(t);
        if (u.kind === 'pointer' || u.kind === 'interface') {
          c.errorAt(rt, msg(115, rt.name));
        }
        if (t.typeParams.length) {
          if (tparamIds.length !== t.typeParams.length) {
            c.errorAt(rt, msg(116, tparamIds.length, t.typeParams.length));
            t = Typ.invalid;
          } else {
            // the receiver's type parameters are new names bound to the type's parameters
            const args: Type[] = [];
            tparamIds.forEach((id, i) => {
              const tp = (t as Named).typeParams[i];
              const name = id.kind === 'Ident' ? id.name : '_';
              const tn: TypeName = { kind: 'typename', name, type: tp, pkg: c.pkg, pos: id.pos };
              if (id.kind === 'Ident') c.info.defs.set(id, tn);
              if (name !== '_') sigScope.insert(tn);
              args.push(tp);
            });
            t = c.instantiateNamed(t, args);
          }
        } else if (tparamIds.length) {
          c.errorAt(rt, msg(117, rt.name));
        }
      }
    }
  } else {
    c.errorAt(rt, msg(118));
  }
  const rtype: Type = ptr && !isInvalid(t) ? { kind: 'pointer', elem: t } : t;
  const name = f.names[0];
  const v = newVar(name ? name.name : '', rtype, c.pkg, name ? name.pos : f.type.pos, { isParam: true, used: true });
  if (name) {
    c.info.defs.set(name, v);
    if (name.name !== '_') sigScope.insert(v);
  }
  obj.ptrRecv = ptr;
  if (!isExported(obj.name) && false) return v;
  return v;
}

/** checkPackageObjects resolves every package-level object in source order (types first, like types2). */
export function checkPackageObjects(c: Checker, files: A.File[]): void {
  const objs: Obj[] = [...c.decls.keys()];
  const types = objs.filter((o) => o.kind === 'typename' && !(o as TypeName).alias);
  const rest = objs.filter((o) => !types.includes(o));
  for (const o of types) objType(c, o);
  for (const o of rest) objType(c, o);
  // methods whose receiver base type is not declared in this package
  for (const [base, list] of c.methodDecls) {
    const o = c.pkgScope.lookup(base);
    if (!o) for (const m of list) objType(c, c.funcObjs.get(m.decl)!);
  }
  void files;
}

export { typeString };
