/**
 * Parser is a recursive-descent parser for Go source, following gc's grammar decisions (precedence, the
 * composite-literal ambiguity in statement headers, type-versus-expression reinterpretation) and its
 * syntax-error wording and recovery points, so learners see what `go build` prints.
 */
import { text as errText } from './text.ts';
import type * as A from './ast.ts';
import './features.eager.ts';
import { syntaxHooks } from './hooks.ts';
import { Scanner, type ErrorSink } from './scanner.ts';
import { BINARY_PREC, describeToken, type Pos, type Token } from './token.ts';
import { extractName, fieldFromElem, isValue, startPos, unparen, type PField } from './parse-helpers.ts';
import { emphasize, exprString, stmtString } from './messages.ts';

export { exprString } from './messages.ts';
export { unparen } from './parse-helpers.ts';

/** STOP_KEYWORDS start statements; recovery inside functions does not skip over them (gc's stopset). */
const STOP_KEYWORDS = new Set(['break', 'const', 'continue', 'defer', 'fallthrough', 'for', 'go', 'goto', 'if',
  'return', 'select', 'switch', 'type', 'var']);

/** tokName spells an expected token as gc does in "expected X". */
function tokName(t: string): string {
  if (t === ',') return 'comma';
  if (t === ';') return 'semicolon or newline';
  return t;
}

/** Parser parses one file; create one per file. */
export class Parser {
  private readonly scanner: Scanner;
  private tok!: Token;
  private xnest = 0; // expression nesting; -1 inside statement headers (composite literals need parens)
  private fnest = 0; // function nesting
  /** branches counts the labelled and branch statements parsed so far (gc's branch rules check only bodies with some). */
  private branches = 0;
  private errCount = 0;
  private hadError = false;

  /** Parser reads `src` (named `file`) and reports every error to `err`. */
  constructor(private readonly file: string, src: string, private readonly err: ErrorSink) {
    this.scanner = new Scanner(file, src, (pos, msg) => this.report(pos, msg));
    this.next();
  }

  private report(pos: Pos, msg: string): void {
    this.errCount++;
    this.hadError = true;
    this.err(pos, msg);
  }

  private next(): void {
    const t = this.scanner.next();
    if (t.kind !== 'EOF' && !t.implicit && t.end.offset <= t.pos.offset) {
      throw new Error(`internal error: scanner made no progress at ${t.pos.file}:${t.pos.line}:${t.pos.col}`);
    }
    this.tok = t;
  }

  /** progress throws an internal error when a parsing loop would spin on the same token (a bug, never input). */
  private progress(last: Token | undefined): Token {
    if (last === this.tok) throw new Error(`internal error: parser made no progress at ${this.tok.pos.file}:${this.tok.pos.line}:${this.tok.pos.col}`);
    return this.tok;
  }

  private is(v: string): boolean {
    return (this.tok.kind === 'op' || this.tok.kind === 'keyword') && this.tok.value === v;
  }

  private isName(): boolean {
    return this.tok.kind === 'name';
  }

  private isEOF(): boolean {
    return this.tok.kind === 'EOF';
  }

  private got(v: string): boolean {
    if (this.is(v)) {
      this.next();
      return true;
    }
    return false;
  }

  private want(v: string): void {
    if (!this.got(v)) {
      this.syntaxError(`expected ${tokName(v)}`);
      this.advance();
    }
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.tok.pos, msg);
  }

  private syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.isEOF() && this.hadError) return;
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) msg = ' ' + msg;
    else if (msg.startsWith('expected ')) msg = ', ' + msg;
    else if (msg !== '') {
      this.report(pos, 'syntax error: ' + msg);
      return;
    }
    this.report(pos, `syntax error: unexpected ${describeToken(this.tok)}${msg}`);
  }

  /** advance skips tokens until one in follow (or a statement keyword inside functions); with none, skips one. */
  private advance(...follow: string[]): void {
    if (follow.length === 0) {
      if (!this.isEOF()) this.next();
      return;
    }
    for (;;) {
      if (this.isEOF()) return;
      const v = this.tok.kind === 'op' || this.tok.kind === 'keyword' ? this.tok.value : this.tok.kind === 'name' ? '<name>' : '';
      if (follow.includes(v)) return;
      if (this.fnest > 0 && this.tok.kind === 'keyword' && STOP_KEYWORDS.has(v)) return;
      this.next();
    }
  }

  // ------------------------------------------------------------ file and declarations

  /** parseFile parses a whole file; returns undefined when the package clause is broken. */
  parseFile(): A.File | undefined {
    const pos = this.tok.pos;
    if (!this.got('package')) {
      // the go command's loader (go/parser) rejects the file before gc sees it
      const t = this.tok;
      const found = t.kind === 'name' || t.kind === 'literal' ? t.value
        : t.kind === 'op' && t.value === ';' && t.implicit === 'newline' ? 'newline' : `'${t.value}'`;
      this.report(pos, `expected 'package', found ${found}`);
      return undefined;
    }
    const pkgName = this.name();
    this.want(';');
    if (this.hadError) return undefined;
    const decls: A.Decl[] = [];
    const imports: A.ImportSpec[] = [];
    let prev = 'import';
    let seen: Token | undefined;
    while (!this.isEOF()) {
      seen = this.progress(seen);
      if (this.is('import') && prev !== 'import') this.syntaxError(errText(0));
      prev = this.tok.kind === 'keyword' ? this.tok.value : '';
      if (this.tok.kind === 'keyword' && ['import', 'const', 'type', 'var'].includes(this.tok.value)) {
        const d = this.genDecl(this.tok.value as A.GenDecl['tok']);
        decls.push(d);
        if (d.tok === 'import') for (const s of d.specs) imports.push(s as A.ImportSpec);
      } else if (this.is('func')) {
        const d = this.funcDecl();
        if (d) decls.push(d);
      } else {
        const last = decls[decls.length - 1];
        if (this.is('{') && last && last.kind === 'FuncDecl' && !last.body) {
          this.syntaxError(errText(1));
        } else {
          this.syntaxError(errText(2));
        }
        this.advance('import', 'const', 'type', 'var', 'func');
        continue;
      }
      if (!this.isEOF() && !this.got(';')) {
        this.syntaxError(errText(3));
        this.advance('import', 'const', 'type', 'var', 'func');
      }
    }
    return { kind: 'File', name: this.file, pkgName, imports, decls, pos, end: this.tok.pos };
  }

  private genDecl(tok: A.GenDecl['tok']): A.GenDecl {
    const pos = this.tok.pos;
    this.next();
    const specs: A.Spec[] = [];
    const d: A.GenDecl = { kind: 'GenDecl', tok, specs, pos };
    const one = (iota: number, prev?: A.ValueSpec): A.Spec | undefined => {
      if (tok === 'import') return this.importSpec();
      if (tok === 'const') return this.constSpec(iota, prev);
      if (tok === 'var') return this.varSpec();
      return this.typeSpec();
    };
    if (this.is('(')) {
      d.lparen = this.tok.pos;
      this.next();
      let iota = 0;
      let prev: A.ValueSpec | undefined;
      this.list('grouped declaration', ';', ')', () => {
        const s = one(iota++, prev);
        if (s) {
          specs.push(s);
          if (s.kind === 'ValueSpec' && !s.implicit) prev = s;
        }
        return false;
      });
    } else {
      const s = one(0);
      if (s) specs.push(s);
    }
    d.end = this.tok.pos;
    return d;
  }

  private importSpec(): A.ImportSpec | undefined {
    const pos = this.tok.pos;
    let name: A.Ident | undefined;
    if (this.isName()) name = this.name();
    else if (this.is('.')) {
      name = { kind: 'Ident', name: '.', pos: this.tok.pos };
      this.next();
    }
    const path = this.oliteral();
    if (!path) {
      this.syntaxError(errText(4));
      this.advance(';', ')');
      return undefined;
    }
    if (!path.bad && path.litKind !== 'string') {
      this.syntaxErrorAt(path.pos, errText(5));
      path.bad = true;
    }
    return { kind: 'ImportSpec', name, path, pos, end: path.end };
  }

  private constSpec(iota: number, prev?: A.ValueSpec): A.ValueSpec {
    const pos = this.tok.pos;
    const names = this.nameList(this.name());
    let type: A.Expr | undefined;
    let values: A.Expr[] = [];
    if (!this.isEOF() && !this.is(';') && !this.is(')')) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    const spec: A.ValueSpec = { kind: 'ValueSpec', names, type, values, iota, pos, end: this.tok.pos };
    if (!type && values.length === 0 && prev) {
      // inherit the previous spec's type and expressions (re-evaluated with this iota)
      spec.type = prev.type;
      spec.values = prev.values;
      spec.implicit = true;
    }
    return spec;
  }

  private varSpec(): A.ValueSpec {
    const pos = this.tok.pos;
    const names = this.nameList(this.name());
    let type: A.Expr | undefined;
    let values: A.Expr[] = [];
    if (this.gotAssign()) values = this.exprList();
    else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', names, type, values, iota: 0, pos, end: this.tok.pos };
  }

  private typeSpec(): A.TypeSpec {
    const pos = this.tok.pos;
    const name = this.name();
    let typeParams: A.Field[] | undefined;
    let alias = false;
    let type: A.Expr | undefined;
    if (this.is('[')) {
      const lpos = this.tok.pos;
      this.next();
      if (this.isName()) {
        let x: A.Expr = this.name();
        if (!this.is('[')) {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x, false), 0);
          this.xnest--;
        }
        const [pname, ptype] = extractName(x, this.is(','));
        if (pname && (ptype || !this.is(']'))) {
          typeParams = this.paramList(pname, ptype, ']', true);
          alias = this.gotAssign();
          type = this.typeOrNil();
        } else {
          type = this.arrayType(lpos, x);
        }
      } else if (this.got(']')) {
        type = this.sliceType(lpos);
      } else {
        type = this.arrayType(lpos, undefined);
      }
    } else {
      alias = this.gotAssign();
      type = this.typeOrNil();
    }
    if (!type) {
      type = this.badExpr();
      this.syntaxError(errText(6));
      this.advance(';', ')');
    }
    return { kind: 'TypeSpec', name, typeParams, alias, type, pos, end: this.tok.pos };
  }

  private funcDecl(): A.FuncDecl | undefined {
    const pos = this.tok.pos;
    this.next(); // func
    let recv: A.Field | undefined;
    let context = '';
    if (this.got('(')) {
      context = 'method';
      const rcvr = this.paramList(undefined, undefined, ')', false);
      if (rcvr.length === 0) this.report(this.tok.pos, 'method has no receiver');
      else {
        if (rcvr.length > 1) this.report(this.tok.pos, 'method has multiple receivers');
        recv = rcvr[0];
      }
    }
    let name: A.Ident;
    let type: A.FuncType;
    if (this.isName()) {
      name = this.name();
      type = this.funcType(context);
    } else {
      name = { kind: 'Ident', name: '_', pos: this.tok.pos };
      type = { kind: 'FuncType', params: [], results: [], pos: this.tok.pos };
      this.syntaxError(context ? 'expected name' : 'expected name or (');
      this.advance('{', ';');
    }
    let body: A.BlockStmt | undefined;
    if (this.is('{')) body = this.funcBody();
    return { kind: 'FuncDecl', recv, name, type, body, pos, end: this.tok.pos };
  }

  private funcBody(): A.BlockStmt {
    this.fnest++;
    const before = this.errCount;
    const branches = this.branches;
    const b = this.blockStmt('');
    this.fnest--;
    // gc's branch rules load with the first program that has a label or a branch statement (key go:labels)
    if (this.errCount === before && this.branches !== branches) (syntaxHooks.checkBranches ?? this.notLoaded)(b, (pos, msg) => this.report(pos, msg));
    return b;
  }

  private branch<T extends A.Stmt>(s: T): T {
    this.branches++;
    return s;
  }

  private notLoaded = (b: A.BlockStmt, err: (pos: Pos, msg: string) => void): void => err(b.pos, 'the course runtime did not load its branch rules (an error of ours); reload the page');

  /** list parses `[f {sep f} [sep]] close`; returns the close position. */
  private list(context: string, sep: string, close: string, f: () => boolean): Pos {
    let done = false;
    let seen: Token | undefined;
    while (!this.isEOF() && !this.is(close) && !done) {
      seen = this.progress(seen);
      done = f();
      if (!this.got(sep) && !this.is(close)) {
        this.syntaxError(errText(7, context, tokName(sep), tokName(close)));
        this.advance(')', ']', '}');
        if (!this.is(close)) return this.tok.pos;
      }
    }
    const pos = this.tok.pos;
    this.want(close);
    return pos;
  }

  private gotAssign(): boolean {
    if (this.is(':=')) {
      this.syntaxError('expected =');
      this.next();
      return true;
    }
    return this.got('=');
  }

  // ------------------------------------------------------------ expressions

  private expr(): A.Expr {
    return this.binaryExpr(undefined, 0);
  }

  private binaryPrec(): number {
    if (this.tok.kind !== 'op') return 0;
    return BINARY_PREC[this.tok.value] ?? 0;
  }

  private binaryExpr(x: A.Expr | undefined, prec: number): A.Expr {
    if (!x) x = this.unaryExpr();
    for (;;) {
      const p = this.binaryPrec();
      if (p <= prec) return x;
      const opPos = this.tok.pos;
      const op = this.tok.value;
      this.next();
      const y = this.binaryExpr(undefined, p);
      x = { kind: 'BinaryExpr', op, x, y, opPos, pos: x.pos, end: y.end };
    }
  }

  private unaryExpr(): A.Expr {
    const pos = this.tok.pos;
    if (this.tok.kind === 'op') {
      switch (this.tok.value) {
        case '*': {
          this.next();
          const x = this.unaryExpr();
          return { kind: 'StarExpr', x, pos, end: x.end };
        }
        case '+': case '-': case '!': case '^': case '~': case '&': {
          const op = this.tok.value;
          this.next();
          let x = this.unaryExpr();
          if (op === '&') x = unparen(x);
          return { kind: 'UnaryExpr', op, x, pos, end: x.end };
        }
        case '<-': {
          this.next();
          const x = this.unaryExpr();
          if (x.kind === 'ChanType') {
            // re-associate: <-(chan E) => (<-chan E)
            let dir: A.ChanDir = 'send';
            let t: A.Expr = x;
            while (dir === 'send') {
              if (t.kind !== 'ChanType') break;
              dir = t.dir;
              if (dir === 'recv') this.syntaxError(errText(8));
              t.dir = 'recv';
              t = t.value;
            }
            if (dir === 'send') this.syntaxError(errText(9, exprString(t)));
            x.pos = pos;
            return x;
          }
          return { kind: 'UnaryExpr', op: '<-', x, pos, end: x.end };
        }
      }
    }
    return this.pexpr(undefined, true);
  }

  private operand(keepParens: boolean): A.Expr {
    const pos = this.tok.pos;
    if (this.isName()) return this.name();
    if (this.tok.kind === 'literal') return this.oliteral()!;
    if (this.is('(')) {
      this.next();
      this.xnest++;
      let x = this.expr();
      this.xnest--;
      this.want(')');
      if (this.is('{')) keepParens = true;
      if (keepParens) x = { kind: 'ParenExpr', x, pos, end: this.tok.pos };
      return x;
    }
    if (this.is('func')) {
      this.next();
      const ftyp = this.funcType('function type');
      ftyp.pos = pos;
      if (this.is('{')) {
        this.xnest++;
        const body = this.funcBody();
        this.xnest--;
        return { kind: 'FuncLit', type: ftyp, body, pos, end: body.end };
      }
      return ftyp;
    }
    if (this.is('[') || this.is('chan') || this.is('map') || this.is('struct') || this.is('interface')) {
      return this.type_();
    }
    const x = this.badExpr();
    this.syntaxError(errText(10));
    this.advance(')', ']', '}');
    return x;
  }

  private pexpr(x: A.Expr | undefined, keepParens: boolean): A.Expr {
    if (!x) x = this.operand(keepParens);
    for (;;) {
      const pos = this.tok.pos;
      if (this.is('.')) {
        this.next();
        if (this.isName()) {
          const sel = this.name();
          x = { kind: 'SelectorExpr', x, sel, pos: x.pos, end: sel.end };
        } else if (this.is('(')) {
          this.next();
          if (this.got('type')) {
            x = { kind: 'TypeAssertExpr', x, pos: x.pos, end: this.tok.end };
          } else {
            const type = this.type_();
            x = { kind: 'TypeAssertExpr', x, type, pos: x.pos, end: this.tok.end };
          }
          this.want(')');
        } else {
          this.syntaxError(errText(11));
          this.advance(';', ')');
        }
      } else if (this.is('[')) {
        this.next();
        let i: A.Expr[] | undefined;
        if (!this.is(':')) {
          let comma = false;
          if (this.is(']')) {
            this.syntaxError(errText(12));
            i = [this.badExpr()];
          } else {
            [i, comma] = this.typeList(false);
          }
          if (comma || this.is(']')) {
            const end = this.tok.end;
            this.want(']');
            x = { kind: 'IndexExpr', x, indices: i, pos: x.pos, end };
            continue;
          }
        }
        if (!this.got(':')) {
          this.syntaxError(errText(13));
          this.advance(',', ':', ']');
        }
        this.xnest++;
        const s: A.SliceExpr = { kind: 'SliceExpr', x, low: i?.[0], slice3: false, pos: x.pos, lbrack: pos };
        if (!this.is(':') && !this.is(']')) s.high = this.expr();
        if (this.is(':')) {
          s.slice3 = true;
          if (!s.high) {
            this.report(this.tok.pos, 'middle index required in 3-index slice');
            s.high = this.badExpr();
          }
          this.next();
          if (!this.is(']')) s.max = this.expr();
          else {
            this.report(this.tok.pos, 'final index required in 3-index slice');
            s.max = this.badExpr();
          }
        }
        this.xnest--;
        s.end = this.tok.end;
        this.want(']');
        x = s;
      } else if (this.is('(')) {
        const lparen = this.tok.pos;
        this.next();
        const [args, hasDots, rparen] = this.argList();
        x = { kind: 'CallExpr', fun: x, args, hasDots, lparen, rparen, pos: x.pos, end: { ...rparen, col: rparen.col + 1, offset: rparen.offset + 1 } };
      } else if (this.is('{')) {
        const t = unparen(x);
        let ok = false;
        switch (t.kind) {
          case 'Ident': case 'SelectorExpr':
            ok = this.xnest >= 0;
            break;
          case 'IndexExpr':
            ok = this.xnest >= 0 && !isValue(t);
            break;
          case 'ArrayType': case 'SliceType': case 'StructType': case 'MapType':
            ok = true;
            break;
        }
        if (!ok) return x;
        if (t !== x) this.syntaxError(errText(14));
        const lit = this.complitexpr();
        lit.type = x;
        lit.pos = x.pos;
        x = lit;
      } else {
        return x;
      }
    }
  }

  private bareComplitexpr(): A.Expr {
    if (this.is('{')) return this.complitexpr();
    return this.expr();
  }

  private complitexpr(): A.CompositeLit {
    const pos = this.tok.pos;
    const elts: A.Expr[] = [];
    this.xnest++;
    this.want('{');
    const rbrace = this.list('composite literal', ',', '}', () => {
      let e = this.bareComplitexpr();
      if (this.is(':')) {
        this.next();
        const value = this.bareComplitexpr();
        e = { kind: 'KeyValueExpr', key: e, value, pos: e.pos, end: value.end };
      }
      elts.push(e);
      return false;
    });
    this.xnest--;
    return { kind: 'CompositeLit', elts, rbrace, pos, end: { ...rbrace, col: rbrace.col + 1, offset: rbrace.offset + 1 } };
  }

  // ------------------------------------------------------------ types

  private type_(): A.Expr {
    let t = this.typeOrNil();
    if (!t) {
      t = this.badExpr();
      this.syntaxError(errText(15));
      this.advance(',', ':', ';', ')', ']', '}');
    }
    return t;
  }

  private typeOrNil(): A.Expr | undefined {
    const pos = this.tok.pos;
    if (this.is('*')) {
      this.next();
      const x = this.type_();
      return { kind: 'StarExpr', x, pos, end: x.end };
    }
    if (this.is('<-')) {
      this.next();
      this.want('chan');
      const value = this.chanElem();
      return { kind: 'ChanType', dir: 'recv', value, pos, end: value.end };
    }
    if (this.is('func')) {
      this.next();
      const t = this.funcType('function type');
      t.pos = pos;
      return t;
    }
    if (this.is('[')) {
      this.next();
      if (this.got(']')) return this.sliceType(pos);
      return this.arrayType(pos, undefined);
    }
    if (this.is('chan')) {
      this.next();
      let dir: A.ChanDir = 'both';
      if (this.got('<-')) dir = 'send';
      const value = this.chanElem();
      return { kind: 'ChanType', dir, value, pos, end: value.end };
    }
    if (this.is('map')) {
      this.next();
      this.want('[');
      const key = this.type_();
      this.want(']');
      const value = this.type_();
      return { kind: 'MapType', key, value, pos, end: value.end };
    }
    if (this.is('struct')) return this.structType();
    if (this.is('interface')) return this.interfaceType();
    if (this.isName()) return this.qualifiedName(undefined);
    if (this.is('(')) {
      this.next();
      const t = this.type_();
      this.want(')');
      return { kind: 'ParenExpr', x: t, pos, end: this.tok.pos };
    }
    return undefined;
  }

  private typeInstance(typ: A.Expr): A.Expr {
    this.want('[');
    let indices: A.Expr[];
    if (this.is(']')) {
      this.syntaxError(errText(16));
      indices = [this.badExpr()];
    } else {
      indices = this.typeList(true)[0];
    }
    const end = this.tok.end;
    this.want(']');
    return { kind: 'IndexExpr', x: typ, indices, pos: typ.pos, end };
  }

  private funcType(context: string): A.FuncType {
    const pos = this.tok.pos;
    let typeParams: A.Field[] | undefined;
    if (this.got('[')) {
      if (context) this.syntaxErrorAt(pos, errText(17, context));
      if (this.is(']')) {
        this.syntaxError(errText(18));
        this.next();
      } else {
        typeParams = this.paramList(undefined, undefined, ']', true);
      }
    }
    this.want('(');
    const params = this.paramList(undefined, undefined, ')', false);
    const results = this.funcResult();
    return { kind: 'FuncType', typeParams, params, results, pos, end: this.tok.pos };
  }

  private arrayType(pos: Pos, len: A.Expr | undefined): A.Expr {
    let dots = false;
    if (!len) {
      if (this.got('...')) dots = true;
      else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.is(',')) {
      this.syntaxError(errText(19));
      this.next();
    }
    this.want(']');
    const elem = this.type_();
    void dots;
    return { kind: 'ArrayType', len, elem, pos, end: elem.end };
  }

  private sliceType(pos: Pos): A.Expr {
    const elem = this.type_();
    return { kind: 'SliceType', elem, pos, end: elem.end };
  }

  private chanElem(): A.Expr {
    let t = this.typeOrNil();
    if (!t) {
      t = this.badExpr();
      this.syntaxError(errText(20));
    }
    return t;
  }

  private structType(): A.StructType {
    const pos = this.tok.pos;
    const fields: A.Field[] = [];
    this.want('struct');
    this.want('{');
    const rb = this.list('struct type', ';', '}', () => {
      this.fieldDecl(fields);
      return false;
    });
    return { kind: 'StructType', fields, pos, end: { ...rb, col: rb.col + 1, offset: rb.offset + 1 } };
  }

  private fieldDecl(fields: A.Field[]): void {
    const pos = this.tok.pos;
    if (this.isName()) {
      const name = this.name();
      if (this.is('.') || this.tok.kind === 'literal' || this.is(';') || this.is('}')) {
        const type = this.qualifiedName(name);
        const tag = this.oliteral();
        fields.push({ kind: 'Field', names: [], type, tag, embedded: true, pos });
        return;
      }
      const names = this.nameList(name);
      let type: A.Expr;
      if (names.length === 1 && this.is('[')) {
        type = this.arrayOrTArgs();
        if (type.kind === 'IndexExpr') {
          type.x = name;
          type.pos = name.pos;
          const tag = this.oliteral();
          fields.push({ kind: 'Field', names: [], type, tag, embedded: true, pos });
          return;
        }
      } else {
        type = this.type_();
      }
      const tag = this.oliteral();
      fields.push({ kind: 'Field', names, type, tag, pos });
      return;
    }
    if (this.is('*')) {
      this.next();
      let typ: A.Expr;
      if (this.is('(')) {
        this.syntaxError(errText(21));
        this.next();
        typ = this.qualifiedName(undefined);
        this.got(')');
      } else {
        typ = this.qualifiedName(undefined);
      }
      const tag = this.oliteral();
      fields.push({ kind: 'Field', names: [], type: { kind: 'StarExpr', x: typ, pos, end: typ.end }, tag, embedded: true, pos });
      return;
    }
    if (this.is('(')) {
      this.syntaxError(errText(22));
      this.next();
      let typ: A.Expr;
      if (this.is('*')) {
        const p = this.tok.pos;
        this.next();
        const q = this.qualifiedName(undefined);
        typ = { kind: 'StarExpr', x: q, pos: p, end: q.end };
      } else {
        typ = this.qualifiedName(undefined);
      }
      this.got(')');
      const tag = this.oliteral();
      fields.push({ kind: 'Field', names: [], type: typ, tag, embedded: true, pos });
      return;
    }
    this.syntaxError(errText(23));
    this.advance(';', '}');
  }

  private arrayOrTArgs(): A.Expr {
    const pos = this.tok.pos;
    this.want('[');
    if (this.got(']')) return this.sliceType(pos);
    const [n, comma] = this.typeList(false);
    const end = this.tok.end;
    this.want(']');
    if (!comma) {
      const elem = this.typeOrNil();
      if (elem) return { kind: 'ArrayType', len: n[0], elem, pos, end: elem.end };
    }
    return { kind: 'IndexExpr', x: this.badExpr(), indices: n, pos, end };
  }

  private interfaceType(): A.InterfaceType {
    const pos = this.tok.pos;
    const elems: A.InterfaceElem[] = [];
    this.want('interface');
    this.want('{');
    const rb = this.list('interface type', ';', '}', () => {
      let f: A.InterfaceElem | undefined;
      if (this.isName()) f = this.methodDecl();
      if (!f || !f.name) f = this.embeddedElem(f);
      elems.push(f);
      return false;
    });
    return { kind: 'InterfaceType', elems, pos, end: { ...rb, col: rb.col + 1, offset: rb.offset + 1 } };
  }

  private methodDecl(): A.InterfaceElem {
    const pos = this.tok.pos;
    const name = this.name();
    if (this.is('(')) {
      const type = this.funcType('interface method');
      return { kind: 'InterfaceElem', name, type, pos };
    }
    if (this.is('[')) {
      const lpos = this.tok.pos;
      this.next();
      if (this.is(']')) {
        const p = this.tok.pos;
        this.next();
        if (this.is('(')) {
          this.report(p, 'empty type parameter list');
          return { kind: 'InterfaceElem', name, type: this.funcType('interface method'), pos };
        }
        this.report(p, 'empty type argument list');
        return { kind: 'InterfaceElem', type: name, pos };
      }
      const list = this.paramList(undefined, undefined, ']', false);
      if (list.length === 0) {
        if (this.is('(')) return { kind: 'InterfaceElem', name, type: this.funcType('interface method'), pos };
        return { kind: 'InterfaceElem', type: name, pos };
      }
      if (list[0].names.length > 0) {
        const type = this.funcType('interface method');
        this.report(lpos, 'interface method must have no type parameters');
        return { kind: 'InterfaceElem', name, type, pos };
      }
      const t: A.IndexExpr = { kind: 'IndexExpr', x: name, indices: list.map((f) => f.type), pos: name.pos, end: this.tok.pos };
      return { kind: 'InterfaceElem', type: t, pos };
    }
    return { kind: 'InterfaceElem', type: this.qualifiedName(name), pos };
  }

  private embeddedElem(f: A.InterfaceElem | undefined): A.InterfaceElem {
    if (!f) f = { kind: 'InterfaceElem', pos: this.tok.pos, type: this.embeddedTerm() };
    while (this.is('|')) {
      const opPos = this.tok.pos;
      this.next();
      const y = this.embeddedTerm();
      f.type = { kind: 'BinaryExpr', op: '|', x: f.type, y, opPos, pos: f.type.pos, end: y.end };
    }
    return f;
  }

  private embeddedTerm(): A.Expr {
    if (this.is('~')) {
      const pos = this.tok.pos;
      this.next();
      const x = this.type_();
      return { kind: 'UnaryExpr', op: '~', x, pos, end: x.end };
    }
    let t = this.typeOrNil();
    if (!t) {
      t = this.badExpr();
      this.syntaxError(errText(24));
      this.advance('|', ';', ')', ']', '}');
    }
    return t;
  }

  private funcResult(): A.Field[] {
    if (this.got('(')) return this.paramList(undefined, undefined, ')', false);
    const pos = this.tok.pos;
    const t = this.typeOrNil();
    if (t) return [{ kind: 'Field', names: [], type: t, pos }];
    return [];
  }

  /** paramDeclOrNil parses one parameter (or type parameter when close is ']'); a name-only field has type undefined. */
  private paramDeclOrNil(name: A.Ident | undefined, close: string): PField | undefined {
    const typeSetsOk = close === ']';
    let pos = this.tok.pos;
    if (name) pos = name.pos;
    else if (typeSetsOk && this.is('~')) return fieldFromElem(this.embeddedElem(undefined));
    const f: PField = { pos };
    if (this.isName() || name) {
      if (!name) name = this.name();
      if (this.is('[')) {
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr') {
          t.x = name;
          t.pos = name.pos;
          f.type = t;
        } else {
          f.type = t;
          f.name = name;
        }
        if (typeSetsOk && this.is('|')) return this.unionField(f);
        return f;
      }
      if (this.is('.')) {
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.is('|')) return this.unionField(f);
        return f;
      }
      if (typeSetsOk && this.is('|')) {
        f.type = name;
        return this.unionField(f);
      }
      f.name = name;
    }
    if (this.is('...')) {
      const dpos = this.tok.pos;
      this.next();
      let elem = this.typeOrNil();
      if (!elem) {
        elem = this.badExpr();
        this.syntaxError(errText(25));
      }
      f.type = { kind: 'DotsType', elem, pos: dpos, end: elem.end };
      return f;
    }
    if (typeSetsOk && this.is('~')) {
      f.type = this.embeddedElem(undefined).type;
      return f;
    }
    f.type = this.typeOrNil();
    if (typeSetsOk && this.is('|') && f.type) return this.unionField(f);
    if (f.name || f.type) return f;
    this.syntaxError(`expected ${tokName(close)}`);
    this.advance(',', close);
    return undefined;
  }

  private unionField(f: PField): PField {
    const e = this.embeddedElem({ kind: 'InterfaceElem', type: f.type!, pos: f.pos });
    f.type = e.type;
    return f;
  }

  private paramList(name: A.Ident | undefined, typ: A.Expr | undefined, close: string, requireNames: boolean): A.Field[] {
    if (name && typ && this.is(close)) {
      this.next();
      return [{ kind: 'Field', names: [name], type: typ, pos: name.pos }];
    }
    const list: PField[] = [];
    let named = 0;
    let typed = 0;
    const end = this.list('parameter list', ',', close, () => {
      let par: PField | undefined;
      if (typ) par = { pos: name!.pos, name, type: typ };
      else par = this.paramDeclOrNil(name, close);
      name = undefined;
      typ = undefined;
      if (par) {
        if (par.name && par.type) named++;
        if (par.type) typed++;
        list.push(par);
      }
      return false;
    });
    if (list.length === 0) return [];
    if (named === 0 && !requireNames) {
      for (const par of list) {
        if (par.name) {
          par.type = par.name;
          par.name = undefined;
        }
      }
    } else if (named !== list.length) {
      let errPos: Pos | undefined;
      let t: A.Expr | undefined;
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i];
        if (par.type) {
          t = par.type;
          if (!par.name) {
            errPos = startPos(t);
            par.name = { kind: 'Ident', name: '_', pos: errPos };
          }
        } else if (t) {
          par.type = t;
        } else {
          errPos = par.name!.pos;
          par.type = { kind: 'BadExpr', pos: errPos };
        }
      }
      if (errPos) {
        let msg: string;
        if (requireNames) {
          if (named === typed) {
            errPos = end;
            msg = 'missing type constraint';
          } else {
            msg = 'missing type parameter name';
            if (list.length === 1) msg += ' or invalid array length';
          }
        } else {
          msg = 'mixed named and unnamed parameters';
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }
    // group consecutive parameters sharing one type node into one Field, as `a, b int`
    const out: A.Field[] = [];
    for (const par of list) {
      const last = out[out.length - 1];
      if (last && par.name && last.names.length > 0 && last.type === par.type) last.names.push(par.name);
      else out.push({ kind: 'Field', names: par.name ? [par.name] : [], type: par.type!, pos: par.pos });
    }
    return out;
  }

  private badExpr(): A.BadExpr {
    return { kind: 'BadExpr', pos: this.tok.pos };
  }

  // ------------------------------------------------------------ statements

  private simpleStmt(lhsIn: A.Expr[] | undefined, keyword: string): A.Stmt {
    if (keyword === 'for' && this.is('range')) return this.rangeClause(undefined, undefined);
    const lhs = lhsIn ?? this.exprList();
    if (lhs.length === 1 && !this.is('=') && !this.is(':=')) {
      const x = lhs[0];
      const pos = this.tok.pos;
      if (this.tok.kind === 'op') {
        const v = this.tok.value;
        if (v.length >= 2 && v.endsWith('=') && !['==', '!=', '<=', '>=', ':='].includes(v)) {
          this.next();
          const y = this.expr();
          return { kind: 'AssignStmt', op: v, lhs: [x], rhs: [y], opPos: pos, pos: x.pos, end: y.end };
        }
        if (v === '++' || v === '--') {
          this.next();
          return { kind: 'IncDecStmt', x, op: v, pos: x.pos, end: this.tok.pos };
        }
        if (v === '<-') {
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', chan: x, value, pos: x.pos, end: value.end };
        }
      }
      return { kind: 'ExprStmt', x, pos: x.pos, end: x.end };
    }
    if (this.is('=') || this.is(':=')) {
      const opPos = this.tok.pos;
      const op = this.tok.value;
      this.next();
      if (keyword === 'for' && this.is('range')) return this.rangeClause(lhs, op as ':=' | '=');
      const rhs = this.exprList();
      if (keyword === 'switch' && op === ':=' && rhs.length === 1 && lhs.length === 1 && lhs[0].kind === 'Ident' &&
        rhs[0].kind === 'TypeAssertExpr' && !rhs[0].type) {
        return { kind: 'ExprStmt', x: rhs[0], pos: lhs[0].pos, end: rhs[0].end, bind: lhs[0] } as A.ExprStmt & { bind: A.Ident };
      }
      return { kind: 'AssignStmt', op, lhs, rhs, opPos, pos: lhs[0].pos, end: rhs[rhs.length - 1].end };
    }
    this.syntaxError(errText(26));
    this.advance(';', '}');
    return { kind: 'ExprStmt', x: lhs[0], pos: lhs[0].pos, end: lhs[0].end };
  }

  private rangeClause(lhs: A.Expr[] | undefined, tok: ':=' | '=' | undefined): A.Stmt {
    const pos = lhs ? lhs[0].pos : this.tok.pos;
    this.next(); // range
    const x = this.expr();
    const r: A.RangeStmt = {
      kind: 'RangeStmt', key: lhs?.[0], value: lhs?.[1], tok, x, pos,
      body: { kind: 'BlockStmt', stmts: [], rbrace: pos, pos },
    };
    if (lhs && lhs.length > 2) (r as RangeWithExtra).extra = lhs.slice(2);
    return r;
  }

  private labeledStmt(label: A.Ident): A.Stmt | undefined {
    const colon = this.tok.pos;
    this.want(':');
    if (this.is('}')) {
      return this.branch({ kind: 'LabeledStmt', label, stmt: { kind: 'EmptyStmt', pos: this.tok.pos }, pos: label.pos });
    }
    const s = this.stmtOrNil();
    if (s) return this.branch({ kind: 'LabeledStmt', label, stmt: s, pos: label.pos, end: s.end });
    this.syntaxErrorAt(colon, errText(27));
    return undefined;
  }

  private blockStmt(context: string): A.BlockStmt {
    const pos = this.tok.pos;
    if (!this.got('{')) {
      this.syntaxError(errText(28, context));
      this.advance('<name>', '}');
      const rbrace = this.tok.pos;
      if (this.got('}')) return { kind: 'BlockStmt', stmts: [], rbrace, pos, end: rbrace };
    }
    const stmts = this.stmtList();
    const rbrace = this.tok.pos;
    this.want('}');
    return { kind: 'BlockStmt', stmts, rbrace, pos, end: { ...rbrace, col: rbrace.col + 1, offset: rbrace.offset + 1 } };
  }

  private forStmt(): A.Stmt {
    const pos = this.tok.pos;
    const [init, cond, post] = this.header('for');
    const body = this.blockStmt('for clause');
    if (init && init.kind === 'RangeStmt') {
      init.body = body;
      init.pos = pos;
      init.end = body.end;
      return init;
    }
    return { kind: 'ForStmt', init, cond, post, body, pos, end: body.end };
  }

  private header(keyword: string): [A.Stmt | undefined, A.Expr | undefined, A.Stmt | undefined] {
    this.want(keyword);
    let init: A.Stmt | undefined;
    let cond: A.Expr | undefined;
    let post: A.Stmt | undefined;
    if (this.is('{')) {
      if (keyword === 'if') {
        this.syntaxError(errText(29));
        cond = this.badExpr();
      }
      return [undefined, cond, undefined];
    }
    const outer = this.xnest;
    this.xnest = -1;
    if (!this.is(';')) {
      if (this.got('var')) this.syntaxError(errText(30, keyword));
      init = this.simpleStmt(undefined, keyword);
      if (init.kind === 'RangeStmt') {
        this.xnest = outer;
        return [init, undefined, undefined];
      }
    }
    let condStmt: A.Stmt | undefined;
    let semi: Token | undefined;
    done: {
      if (!this.is('{')) {
        if (this.is(';')) {
          semi = this.tok;
          this.next();
        } else {
          this.want('{');
          if (!this.is('{')) this.advance('{', '}');
        }
        if (keyword === 'for') {
          if (!this.is(';')) {
            if (this.is('{')) {
              this.syntaxError(errText(31));
              break done;
            }
            condStmt = this.simpleStmt(undefined, '');
          }
          this.want(';');
          if (!this.is('{')) {
            post = this.simpleStmt(undefined, '');
            if (post.kind === 'AssignStmt' && post.op === ':=') {
              this.syntaxErrorAt(post.opPos, errText(32));
            }
          }
        } else if (!this.is('{')) {
          condStmt = this.simpleStmt(undefined, keyword);
        }
      } else {
        condStmt = init;
        init = undefined;
      }
    }
    if (!condStmt) {
      if (keyword === 'if' && semi) {
        const lit = describeToken(semi);
        if (lit !== 'semicolon') this.syntaxErrorAtTok(semi.pos, errText(33, lit));
        else this.syntaxErrorAtTok(semi.pos, errText(34));
        cond = { kind: 'BadExpr', pos: semi.pos };
      }
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.x;
      const bind = (condStmt as A.ExprStmt & { bind?: A.Ident }).bind;
      if (bind) (cond as A.Expr & { bind?: A.Ident }).bind = bind;
    } else {
      let str: string;
      if (condStmt.kind === 'AssignStmt' && condStmt.op === '=') {
        str = `assignment ${emphasize(condStmt.lhs)} = ${emphasize(condStmt.rhs)}`;
      } else {
        str = stmtString(condStmt);
      }
      this.syntaxErrorAtTok(condStmt.kind === 'AssignStmt' ? condStmt.opPos : condStmt.pos, errText(35, str));
    }
    this.xnest = outer;
    return [init, cond, post];
  }

  /** syntaxErrorAtTok reports a plain syntax error that does not mention the current token. */
  private syntaxErrorAtTok(pos: Pos, msg: string): void {
    if (this.isEOF() && this.hadError) return;
    this.report(pos, 'syntax error: ' + msg);
  }

  private ifStmt(): A.IfStmt {
    const pos = this.tok.pos;
    const [init, cond] = this.header('if');
    const body = this.blockStmt('if clause');
    const s: A.IfStmt = { kind: 'IfStmt', init, cond: cond ?? { kind: 'BadExpr', pos }, body, pos, end: body.end };
    if (this.got('else')) {
      if (this.is('if')) s.else = this.ifStmt();
      else if (this.is('{')) s.else = this.blockStmt('');
      else {
        this.syntaxError(errText(36));
        this.advance('<name>', '}');
      }
      if (s.else) s.end = s.else.end;
    }
    return s;
  }

  private switchStmt(): A.Stmt {
    const pos = this.tok.pos;
    const [init, tag] = this.header('switch');
    if (!this.got('{')) {
      this.syntaxError(errText(37));
      this.advance('case', 'default', '}');
    }
    const body: A.CaseClause[] = [];
    let seen: Token | undefined;
    while (!this.isEOF() && !this.is('}')) {
      seen = this.progress(seen);
      body.push(this.caseClause());
    }
    const rbrace = this.tok.pos;
    this.want('}');
    const end = { ...rbrace, col: rbrace.col + 1, offset: rbrace.offset + 1 };
    if (tag && tag.kind === 'TypeAssertExpr' && !tag.type) {
      const bind = (tag as A.Expr & { bind?: A.Ident }).bind;
      delete (tag as A.Expr & { bind?: A.Ident }).bind;
      return { kind: 'TypeSwitchStmt', init, bind, x: tag.x, guard: tag, body, rbrace, pos, end };
    }
    return { kind: 'SwitchStmt', init, tag, body, rbrace, pos, end };
  }

  private caseClause(): A.CaseClause {
    const pos = this.tok.pos;
    let list: A.Expr[] | undefined;
    if (this.is('case')) {
      this.next();
      list = this.exprList();
    } else if (this.is('default')) {
      this.next();
    } else {
      this.syntaxError(errText(38));
      this.advance(':', 'case', 'default', '}');
    }
    const colon = this.tok.pos;
    this.want(':');
    const body = this.stmtList();
    return { kind: 'CaseClause', list, body, colon, pos };
  }

  private selectStmt(): A.SelectStmt {
    const pos = this.tok.pos;
    this.want('select');
    if (!this.got('{')) {
      this.syntaxError(errText(39));
      this.advance('case', 'default', '}');
    }
    const body: A.CommClause[] = [];
    let seen: Token | undefined;
    while (!this.isEOF() && !this.is('}')) {
      seen = this.progress(seen);
      const cpos = this.tok.pos;
      let comm: A.Stmt | undefined;
      if (this.is('case')) {
        this.next();
        comm = this.simpleStmt(undefined, '');
      } else if (this.is('default')) {
        this.next();
      } else {
        this.syntaxError(errText(40));
        this.advance(':', 'case', 'default', '}');
      }
      const colon = this.tok.pos;
      this.want(':');
      body.push({ kind: 'CommClause', comm, body: this.stmtList(), colon, pos: cpos });
    }
    const rbrace = this.tok.pos;
    this.want('}');
    return { kind: 'SelectStmt', body, rbrace, pos, end: { ...rbrace, col: rbrace.col + 1, offset: rbrace.offset + 1 } };
  }

  private stmtOrNil(): A.Stmt | undefined {
    const pos = this.tok.pos;
    if (this.isName()) {
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0].kind === 'Ident' && this.is(':')) return this.labeledStmt(lhs[0]);
      return this.simpleStmt(lhs, '');
    }
    if (this.is('var') || this.is('const') || this.is('type')) {
      const decl = this.genDecl(this.tok.value as A.GenDecl['tok']);
      return { kind: 'DeclStmt', decl, pos, end: decl.end };
    }
    if (this.is('{')) return this.blockStmt('');
    if (this.tok.kind === 'op' && ['+', '-', '*', '&', '^', '!', '(', '[', '<-'].includes(this.tok.value)) {
      return this.simpleStmt(undefined, '');
    }
    if (this.tok.kind === 'literal' || this.is('func') || this.is('struct') || this.is('map') || this.is('chan') ||
      this.is('interface')) {
      return this.simpleStmt(undefined, '');
    }
    switch (this.tok.kind === 'keyword' ? this.tok.value : this.tok.kind === 'op' ? this.tok.value : '') {
      case 'for':
        return this.forStmt();
      case 'switch':
        return this.switchStmt();
      case 'select':
        return this.selectStmt();
      case 'if':
        return this.ifStmt();
      case 'fallthrough':
        this.next();
        return this.branch({ kind: 'BranchStmt', tok: 'fallthrough', pos, end: this.tok.pos });
      case 'break': case 'continue': {
        const tok = this.tok.value as 'break' | 'continue';
        this.next();
        let label: A.Ident | undefined;
        if (this.isName()) label = this.name();
        return this.branch({ kind: 'BranchStmt', tok, label, pos, end: this.tok.pos });
      }
      case 'go': case 'defer': {
        const which = this.tok.value;
        this.next();
        let x = this.pexpr(undefined, this.is('('));
        const t = unparen(x);
        if (t !== x) {
          this.report(x.pos, `expression in ${which} must not be parenthesized`);
          x = t;
        }
        return which === 'go' ? { kind: 'GoStmt', call: x, pos, end: x.end } : { kind: 'DeferStmt', call: x, pos, end: x.end };
      }
      case 'goto': {
        this.next();
        const label = this.name();
        return this.branch({ kind: 'BranchStmt', tok: 'goto', label, pos, end: label.end });
      }
      case 'return': {
        this.next();
        let results: A.Expr[] = [];
        if (!this.is(';') && !this.is('}')) results = this.exprList();
        return { kind: 'ReturnStmt', results, pos, end: results.length ? results[results.length - 1].end : this.tok.pos };
      }
      case ';':
        return { kind: 'EmptyStmt', pos };
    }
    return undefined;
  }

  private stmtList(): A.Stmt[] {
    const l: A.Stmt[] = [];
    let seen: Token | undefined;
    while (!this.isEOF() && !this.is('}') && !this.is('case') && !this.is('default')) {
      seen = this.progress(seen);
      const s = this.stmtOrNil();
      if (!s) break;
      l.push(s);
      if (!this.got(';') && !this.is('}')) {
        this.syntaxError(errText(41));
        this.advance(';', '}', 'case', 'default');
        this.got(';');
      }
    }
    return l;
  }

  private argList(): [A.Expr[], boolean, Pos] {
    const list: A.Expr[] = [];
    let hasDots = false;
    this.xnest++;
    const rparen = this.list('argument list', ',', ')', () => {
      list.push(this.expr());
      hasDots = this.got('...');
      return hasDots;
    });
    this.xnest--;
    return [list, hasDots, rparen];
  }

  // ------------------------------------------------------------ common productions

  private name(): A.Ident {
    if (this.isName()) {
      const n: A.Ident = { kind: 'Ident', name: this.tok.value, pos: this.tok.pos, end: this.tok.end };
      this.next();
      return n;
    }
    const n: A.Ident = { kind: 'Ident', name: '_', pos: this.tok.pos };
    this.syntaxError(errText(42));
    this.advance();
    return n;
  }

  private nameList(first: A.Ident): A.Ident[] {
    const l = [first];
    while (this.got(',')) l.push(this.name());
    return l;
  }

  private qualifiedName(name: A.Ident | undefined): A.Expr {
    let x: A.Expr;
    if (name) x = name;
    else if (this.isName()) x = this.name();
    else {
      x = { kind: 'Ident', name: '_', pos: this.tok.pos };
      this.syntaxError(errText(43));
      this.advance('.', ';', '}');
    }
    if (this.is('.')) {
      this.next();
      const sel = this.name();
      x = { kind: 'SelectorExpr', x, sel, pos: x.pos, end: sel.end };
    }
    if (this.is('[')) x = this.typeInstance(x);
    return x;
  }

  private exprList(): A.Expr[] {
    const l = [this.expr()];
    while (this.got(',')) l.push(this.expr());
    return l;
  }

  private typeList(strict: boolean): [A.Expr[], boolean] {
    this.xnest++;
    const x = strict ? this.type_() : this.expr();
    const list = [x];
    let comma = false;
    if (this.got(',')) {
      comma = true;
      let t = this.typeOrNil();
      if (t) {
        list.push(t);
        while (this.got(',')) {
          t = this.typeOrNil();
          if (!t) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return [list, comma];
  }

  private oliteral(): A.BasicLit | undefined {
    if (this.tok.kind === 'literal') {
      const t = this.tok;
      this.next();
      const b: A.BasicLit = { kind: 'BasicLit', litKind: t.litKind!, value: t.value, pos: t.pos, end: t.end };
      if ((t as Token & { bad?: boolean }).bad) b.bad = true;
      return b;
    }
    return undefined;
  }
}

/** RangeWithExtra carries surplus range variables (`for a, b, c := range`) for the checker to report. */
export interface RangeWithExtra extends A.RangeStmt { extra?: A.Expr[] }
