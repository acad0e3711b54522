/**
 * mangle-props: renames the long property names of the Go compiler's internal objects to short ones in the browser
 * workers' build (docs/go-bundle-mangle.md). Build-time code only (it parses with the `typescript` package): nothing
 * at run time imports it, and Node (Vitest, the CLI) runs the sources unmangled.
 *
 * The rule, computed from the tree at build time: a name is renamed when it is an identifier in a property position
 * somewhere in the mangled folders and it occurs nowhere else — not as an identifier in any other file of `src/`,
 * not as a word of any string, template text or regular expression of `src/`, not as a word of any other `src/`
 * file (.astro, .mdx, .css...), not in TypeScript's lib declarations, not a keyword, not an enum member, not a key of
 * an object literal whose keys are read as data (passed to `Object.*`/`JSON.*`/`Reflect.*`, typed with a string
 * index signature, or indexed, enumerated or tested with `in` by a non-literal key). Every identifier token spelled
 * that way in the mangled folders is renamed, so declarations, uses, destructuring and shorthands stay consistent.
 * New names are the shortest names that occur nowhere as a word (so they collide with nothing), the most frequent
 * name getting the shortest; ties break by name, so the same tree always gives the same map.
 */
import ts from 'typescript';

/** MANGLED_FOLDERS are the folders (relative to the repository root) whose property names may be renamed. */
export const MANGLED_FOLDERS: readonly string[] = ['src/go/syntax', 'src/go/types', 'src/go/lower'];

/** SourceText is one file of the tree: its path relative to the repository root (with `/`) and its text. */
export interface SourceText { path: string; text: string }

/** MangleMap is the renaming of one tree: old name → new name, and how often each renamed name occurs as a property. */
export interface MangleMap { names: ReadonlyMap<string, string>; uses: ReadonlyMap<string, number> }

const WORD = /[A-Za-z_$][\w$]*/g;
const SCRIPT = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;

/** scriptKind picks the parser's language for a file name. */
function scriptKind(path: string): ts.ScriptKind {
  if (/\.tsx$/.test(path)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(path)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** parse parses one file's text as TypeScript (or JS/TSX by its extension). */
function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
}

/** addWords adds every identifier-like word of a text to a set. */
function addWords(text: string, into: Set<string>): void {
  for (const m of text.matchAll(WORD)) into.add(m[0]);
}

/** isTextNode says whether a node is a string, template text, regular expression or JSX text (its words are data). */
function isTextNode(n: ts.Node): n is ts.LiteralLikeNode {
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n)
    || ts.isTemplateTail(n) || ts.isRegularExpressionLiteral(n) || ts.isJsxText(n);
}

/** isPropertyName says whether an identifier names a property (access, key, member, destructured property). */
function isPropertyName(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p)) return p.name === id;
  if (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)
    || ts.isMethodSignature(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) return p.name === id;
  if (ts.isShorthandPropertyAssignment(p)) return true;
  if (ts.isBindingElement(p)) return ts.isObjectBindingPattern(p.parent) && (p.propertyName === id || (!p.propertyName && p.name === id));
  return false;
}

/** calleeIsReflective says whether a call is `Object.x(...)`, `JSON.x(...)` or `Reflect.x(...)`. */
function calleeIsReflective(call: ts.CallExpression): boolean {
  const c = call.expression;
  return ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && ['Object', 'JSON', 'Reflect'].includes(c.expression.text);
}

/** hasStringIndex says whether a type annotation is `Record<…>` or a type literal with an index signature. */
function hasStringIndex(t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (ts.isTypeReferenceNode(t)) {
    if (!ts.isIdentifier(t.typeName)) return false;
    if (t.typeName.text === 'Record' || t.typeName.text === 'Map') return true;
    return ['Readonly', 'Partial', 'Required'].includes(t.typeName.text) && !!t.typeArguments && t.typeArguments.some(hasStringIndex);
  }
  if (ts.isTypeLiteralNode(t)) return t.members.some(ts.isIndexSignatureDeclaration);
  if (ts.isUnionTypeNode(t) || ts.isIntersectionTypeNode(t)) return t.types.some(hasStringIndex);
  if (ts.isParenthesizedTypeNode(t) || ts.isTypeOperatorNode(t)) return hasStringIndex(t.type);
  return false;
}

/** lastName is the name an expression ends with: `x` for `x` and `this.a.x`, or undefined. */
function lastName(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** isLiteralKey says whether an index expression is a number or string literal (its access is by a fixed key). */
function isLiteralKey(e: ts.Expression): boolean {
  return ts.isNumericLiteral(e) || ts.isStringLiteralLike(e) || (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand));
}

/**
 * dataKeys lists the keys of the object literals of one file whose keys are read as data: passed straight to
 * `Object.*`/`JSON.*`/`Reflect.*`, declared with a string index type, or held by a name that the file indexes by a
 * non-literal key, enumerates (`for…in`, `Object.*`) or tests with `in`.
 */
function dataKeys(sf: ts.SourceFile, into: Set<string>): void {
  const dynamic = new Set<string>();
  const held: [string, ts.ObjectLiteralExpression][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isElementAccessExpression(n) && !isLiteralKey(n.argumentExpression)) {
      const x = lastName(n.expression);
      if (x) dynamic.add(x);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      const x = lastName(n.right);
      if (x) dynamic.add(x);
    } else if (ts.isForInStatement(n)) {
      const x = lastName(n.expression);
      if (x) dynamic.add(x);
    } else if (ts.isCallExpression(n) && calleeIsReflective(n)) {
      for (const a of n.arguments) {
        const x = lastName(a);
        if (x) dynamic.add(x);
      }
    }
    if (ts.isObjectLiteralExpression(n)) {
      let p: ts.Node = n.parent;
      while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) {
        if ((ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) && hasStringIndex(p.type)) { keysOf(n, into); break; }
        p = p.parent;
      }
      if (ts.isCallExpression(p) && calleeIsReflective(p)) keysOf(n, into);
      else if ((ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertyAssignment(p)) && p.initializer && ts.isIdentifier(p.name)) {
        if (ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) { if (hasStringIndex(p.type)) keysOf(n, into); }
        held.push([p.name.text, n]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  for (const [name, lit] of held) if (dynamic.has(name)) keysOf(lit, into);
}

/** keysOf adds the identifier keys of an object literal (and of object literals nested in it) to a set. */
function keysOf(lit: ts.ObjectLiteralExpression, into: Set<string>): void {
  for (const p of lit.properties) {
    if (p.name && ts.isIdentifier(p.name)) into.add(p.name.text);
    if (ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)) keysOf(p.initializer, into);
  }
}

/** inFolders says whether a repository path lies in one of the mangled folders. */
export function inFolders(path: string, folders: readonly string[] = MANGLED_FOLDERS): boolean {
  return folders.some((f) => path.startsWith(f + '/')) && /\.ts$/.test(path);
}

/**
 * libNames lists every identifier and every word of a string literal type in TypeScript's lib declarations
 * (lib.*.d.ts: ES, DOM, WebWorker...). Parsed, not merely scanned: a scanner alone loses its place after a template
 * literal type (`${string}`) and would miss the names after it.
 */
export function libNames(libTexts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of libTexts) {
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) out.add(n.text);
      else if (isTextNode(n)) addWords(n.text, out);
      ts.forEachChild(n, visit);
    };
    visit(parse('lib.d.ts', text));
  }
  return out;
}

/** computeMangleMap computes the renaming of a tree: `files` are all of `src/` (any kind), `lib` the lib declarations' names. */
export function computeMangleMap(files: readonly SourceText[], lib: ReadonlySet<string>, folders: readonly string[] = MANGLED_FOLDERS): MangleMap {
  const excluded = new Set<string>(lib);
  const taken = new Set<string>(lib);
  const uses = new Map<string, number>();
  for (const f of files) {
    if (!SCRIPT.test(f.path)) {
      addWords(f.text, excluded);
      addWords(f.text, taken);
      continue;
    }
    const inside = inFolders(f.path, folders);
    const sf = parse(f.path, f.text);
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) {
        taken.add(n.text);
        if (!inside || ts.isPrivateIdentifier(n)) excluded.add(n.text);
        else if (ts.isEnumMember(n.parent)) excluded.add(n.text);
        else if (isPropertyName(n)) uses.set(n.text, (uses.get(n.text) ?? 0) + 1);
      } else if (isTextNode(n)) {
        addWords(n.text, excluded);
        addWords(n.text, taken);
      } else if (ts.isJsxAttribute(n) || ts.isJsxOpeningLikeElement(n) || ts.isJsxClosingElement(n)) {
        addWords(n.getText(sf), excluded);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (inside) dataKeys(sf, excluded);
  }
  const candidates = [...uses].filter(([name]) => !excluded.has(name) && !isKeyword(name));
  candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const names = new Map<string, string>();
  const used = new Map<string, number>();
  const fresh = shortNames(taken);
  let next = fresh.next().value as string;
  for (const [name, n] of candidates) {
    if (next.length >= name.length) continue;
    names.set(name, next);
    used.set(name, n);
    next = fresh.next().value as string;
  }
  return { names, uses: used };
}

const keywordScanner = ts.createScanner(ts.ScriptTarget.Latest, true);

/** isKeyword says whether a name scans as a keyword (reserved or contextual: `type`, `get`, `of`...), not an identifier. */
function isKeyword(name: string): boolean {
  keywordScanner.setText(name);
  return keywordScanner.scan() !== ts.SyntaxKind.Identifier;
}

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = FIRST + '0123456789';

/** shortNames yields identifiers by length, then in alphabet order, skipping every name in `taken` and every keyword. */
function* shortNames(taken: ReadonlySet<string>): Generator<string> {
  for (let len = 1; ; len++) {
    const idx = new Array<number>(len).fill(0);
    for (;;) {
      const name = idx.map((d, i) => (i === 0 ? FIRST : REST)[d]).join('');
      if (!taken.has(name) && !isKeyword(name)) yield name;
      let i = len - 1;
      while (i >= 0 && ++idx[i]! === (i === 0 ? FIRST : REST).length) idx[i--] = 0;
      if (i < 0) break;
    }
  }
}

/** mangleSource renames, in one file's text, every identifier token the map renames (nothing else changes). */
export function mangleSource(path: string, text: string, map: MangleMap): string {
  if (map.names.size === 0) return text;
  const sf = parse(path, text);
  const edits: [number, number, string][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const to = map.names.get(n.text);
      if (to !== undefined) edits.push([n.getStart(sf), n.end, to]);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let out = '';
  let at = 0;
  for (const [start, end, to] of edits) {
    out += text.slice(at, start) + to;
    at = end;
  }
  return out + text.slice(at);
}

const libCache = new Map<string, Set<string>>();

/** readTree reads every file under `src/` of a repository root, and the names of TypeScript's lib declarations (read once per process). */
export function readTree(root: string): { files: SourceText[]; lib: Set<string> } {
  const sys = ts.sys;
  const files = sys.readDirectory(root + '/src', undefined, undefined, ['**/*']).sort()
    .map((abs) => ({ path: abs.slice(root.length + 1), text: sys.readFile(abs) ?? '' }));
  const libDir = ts.getDefaultLibFilePath({}).replace(/[/\\][^/\\]*$/, '');
  let lib = libCache.get(libDir);
  if (!lib) {
    lib = libNames(sys.readDirectory(libDir, ['.d.ts'], undefined, ['lib.*.d.ts'], 1).sort().map((f) => sys.readFile(f) ?? ''));
    libCache.set(libDir, lib);
  }
  return { files, lib };
}

/** treeMangleMap computes the renaming of the tree at `root` as it is now. */
export function treeMangleMap(root: string, folders: readonly string[] = MANGLED_FOLDERS): MangleMap {
  const { files, lib } = readTree(root);
  return computeMangleMap(files, lib, folders);
}

/** repoRoot finds the repository root of a module id inside `src/go/`, or undefined. */
function repoRoot(id: string): string | undefined {
  const clean = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const at = clean.lastIndexOf('/src/go/');
  return at < 0 ? undefined : clean.slice(0, at);
}

/** Mangler computes its tree's map once, when the first file of a mangled folder is transformed. */
class Mangler {
  private map: MangleMap | undefined;
  private root: string | undefined;
  constructor(private readonly folders: readonly string[]) {}

  /** transform returns the mangled text of a module, or undefined for a module outside the mangled folders. */
  transform(code: string, id: string): string | undefined {
    const root = repoRoot(id);
    if (root === undefined) return undefined;
    const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '').slice(root.length + 1);
    if (!inFolders(path, this.folders)) return undefined;
    if (this.map === undefined || this.root !== root) {
      this.map = treeMangleMap(root, this.folders);
      this.root = root;
    }
    return mangleSource(path, code, this.map);
  }
}

/** RolldownTransformPlugin is the shape of the rolldown/Vite plugin mangleProps returns. */
export interface RolldownTransformPlugin {
  name: string;
  enforce: 'pre';
  buildStart(): void;
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** mangleProps is a rolldown/Vite plugin renaming the compiler's property names (this module's rule), computed at each build's start. */
export function mangleProps(folders: readonly string[] = MANGLED_FOLDERS): RolldownTransformPlugin {
  let m = new Mangler(folders);
  return {
    name: 'leakproof:mangle-props',
    enforce: 'pre',
    buildStart() { m = new Mangler(folders); },
    transform(code, id) {
      const out = m.transform(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}

/** EsbuildBuild is the part of esbuild's plugin build object mangleEsbuild uses. */
interface EsbuildBuild {
  onStart(cb: () => void): void;
  onLoad(opts: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: 'ts' } | undefined): void;
}

/** mangleEsbuild is esbuild's form of mangleProps (the same rule and map), for the bench and the split-build test. */
export function mangleEsbuild(folders: readonly string[] = MANGLED_FOLDERS): { name: string; setup(b: EsbuildBuild): void } {
  return {
    name: 'leakproof:mangle-props',
    setup(b) {
      let m = new Mangler(folders);
      b.onStart(() => { m = new Mangler(folders); });
      b.onLoad({ filter: /[/\\]src[/\\]go[/\\].*\.ts$/ }, (a) => {
        const text = ts.sys.readFile(a.path);
        const out = text === undefined ? undefined : m.transform(text, a.path);
        return out === undefined ? undefined : { contents: out, loader: 'ts' };
      });
    },
  };
}
