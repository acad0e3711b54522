// fmt's format-string interpretation: verbs with flags, width, precision and argument indexes.
import { newSpec, type FmtSpec } from './spec.ts';
import { decodeRune } from './utf8.ts';

/** FormatOp is one step of printing a format string. */
export type FormatOp =
  /** literal text, `%` for `%%`, and fixed error texts such as `%!d(MISSING)` or `%!(BADWIDTH)` */
  | { kind: 'text'; text: string }
  /** print args[arg] with this verb (a byte string, usually one byte); for v and w the + and # flags are in plusV/sharpV */
  | { kind: 'verb'; verb: string; spec: FmtSpec; arg: number }
  /** the caller appends `%!(EXTRA type=value, ...)` for args[from:] (see formatExtra) */
  | { kind: 'extra'; from: number };

/** FormatArgs tells parseFormat how many operands there are and which are ints (for `*` widths). */
export interface FormatArgs {
  count: number;
  /** intAt returns operand i as a JS number if it is of an integer type whose value fits Go's int, else null. */
  intAt(i: number): number | null;
}

const tooLarge = (x: number): boolean => x > 1e6 || x < -1e6;

function parseNum(s: string, start: number, end: number): [num: number, ok: boolean, next: number] {
  if (start >= end) return [0, false, end];
  let num = 0, ok = false, i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (c - 48);
    ok = true;
  }
  return [num, ok, i];
}

/**
 * parseFormat interprets a Printf format (a byte string) against the operands exactly as Go's fmt does,
 * including `%[n]` indexes, `*` widths and precisions, and the `%!verb(MISSING)`, `%!verb(BADINDEX)`,
 * `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(NOVERB)` and `%!(EXTRA ...)` cases.
 */
export function parseFormat(format: string, args: FormatArgs): FormatOp[] {
  const ops: FormatOp[] = [];
  const end = format.length;
  const n = args.count;
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  let afterIndex = false;
  const text = (t: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else ops.push({ kind: 'text', text: t });
  };
  const argNumber = (i: number): [number, number, boolean] => {
    if (i >= end || format[i] !== '[') return [argNum, i, false];
    reordered = true;
    // [n]: find the closing bracket
    let index = 0, wid = 1, ok = false;
    if (end - i >= 3) {
      for (let j = i + 1; j < end; j++) {
        if (format[j] === ']') {
          const [num, numOk, next] = parseNum(format, i + 1, j);
          wid = j - i + 1;
          if (numOk && next === j) { index = num - 1; ok = true; }
          break;
        }
      }
    }
    if (ok && index >= 0 && index < n) return [index, i + wid, true];
    goodArgNum = false;
    return [argNum, i + wid, ok];
  };
  const intFromArg = (): [number, boolean] => {
    if (argNum >= n) return [0, false];
    let v = args.intAt(argNum);
    argNum++;
    if (v === null || tooLarge(v)) v = null;
    return v === null ? [0, false] : [v, true];
  };

  let i = 0;
  while (i < end) {
    goodArgNum = true;
    const lasti = i;
    while (i < end && format[i] !== '%') i++;
    if (i > lasti) text(format.slice(lasti, i));
    if (i >= end) break;
    i++; // skip '%'
    const spec = newSpec();
    flags: for (; i < end; i++) {
      switch (format[i]) {
        case '#': spec.sharp = true; break;
        case '0': spec.zero = true; break;
        case '+': spec.plus = true; break;
        case '-': spec.minus = true; break;
        case ' ': spec.space = true; break;
        default: break flags;
      }
    }
    [argNum, i, afterIndex] = argNumber(i);
    if (i < end && format[i] === '*') {
      i++;
      const [w, ok] = intFromArg();
      spec.width = ok ? w : -1;
      if (!ok) text('%!(BADWIDTH)');
      if (ok && w < 0) { spec.width = -w; spec.minus = true; spec.zero = false; }
      afterIndex = false;
    } else {
      const [w, ok, next] = parseNum(format, i, end);
      i = next;
      if (ok) {
        spec.width = w;
        if (afterIndex) goodArgNum = false; // "%[3]2d"
      }
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false; // "%[3].2d"
      [argNum, i, afterIndex] = argNumber(i);
      if (i < end && format[i] === '*') {
        i++;
        const [p, ok] = intFromArg();
        spec.prec = ok && p >= 0 ? p : -1;
        if (!ok || p < 0) text('%!(BADPREC)');
        afterIndex = false;
      } else {
        const [p, ok, next] = parseNum(format, i, end);
        i = next;
        spec.prec = ok ? p : 0;
      }
    }
    if (!afterIndex) [argNum, i, afterIndex] = argNumber(i);
    if (i >= end) {
      text('%!(NOVERB)');
      break;
    }
    const size = format.charCodeAt(i) < 0x80 ? 1 : decodeRune(format, i)[1];
    const verb = format.slice(i, i + size);
    i += size;
    if (verb === '%') text('%');
    else if (!goodArgNum) text('%!' + verb + '(BADINDEX)');
    else if (argNum >= n) text('%!' + verb + '(MISSING)');
    else {
      if (verb === 'v' || verb === 'w') {
        spec.sharpV = spec.sharp; spec.sharp = false;
        spec.plusV = spec.plus; spec.plus = false;
      }
      ops.push({ kind: 'verb', verb, spec, arg: argNum });
      argNum++;
    }
  }
  if (!reordered && argNum < n) ops.push({ kind: 'extra', from: argNum });
  return ops;
}

/** formatExtra renders `%!(EXTRA ...)` from each extra operand's `type=value` text (or `<nil>` for nil). */
export function formatExtra(parts: readonly string[]): string {
  return '%!(EXTRA ' + parts.join(', ') + ')';
}

/** badVerb renders `%!verb(type=value)` for an operand the verb does not apply to (`%!verb(<nil>)` for nil). */
export function badVerb(verb: string, typeName: string | null, value: string): string {
  return typeName === null ? '%!' + verb + '(<nil>)' : '%!' + verb + '(' + typeName + '=' + value + ')';
}
