// strings and strconv in two parts (src/go/std/package-parts.ts): each package's own chunk implements what course
// programs use, its rest (strings-more.ts, strconv-more.ts) everything else; together exactly what the checker
// declares, each member once.
import { describe, expect, it } from 'vitest';
// every package registered as under Node (each with all its parts)
import '../../../src/go/std/index.ts';
import { partKey } from '../../../src/go/std/package-parts.ts';
import { stringsMore } from '../../../src/go/std/strings-more.ts';
import { strconvMore } from '../../../src/go/std/strconv-more.ts';
import { stringsPackage } from '../../../src/go/std/strings.ts';
import { strconvPackage } from '../../../src/go/std/strconv.ts';
import { source as stringsDecls } from '../../../src/go/types/stdlib/pkg/strings.ts';
import { source as strconvDecls } from '../../../src/go/types/stdlib/pkg/strconv.ts';
import { exercisePrograms, lessonPrograms } from '../../../src/site/course-programs.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;
/** members lists a package's exported functions, types and variables as its declarations give them. */
const members = (decls: string) => [...decls.matchAll(/^(?:func|type|var) ([A-Z]\w*)/gm)].map((m) => m[1]!).sort();
const keys = (...objs: object[]) => objs.flatMap((o) => Object.keys(o)).sort();
// the rest's factories, with helpers that must not be called while building the tables
const never = () => { throw new Error('called while building the tables'); };
const stringsRest = stringsMore({ split: never, mapRunes: never, upper: never });
const strconvRest = strconvMore({ ErrRange: null as never, ErrSyntax: null as never, numErr: never, parseInt: never });

describe('strings and strconv, split in two parts', () => {
  it('implement every member the checker declares, each in exactly one part', () => {
    const s = stringsPackage();
    // under Node both parts are loaded: the package's tables hold both
    expect(keys(s.funcs, s.types)).toEqual(members(stringsDecls));
    const sOwn = members(stringsDecls).filter((n) => !(n in stringsRest.funcs) && !(n in stringsRest.types));
    expect(keys(stringsRest.funcs, stringsRest.types).length + sOwn.length).toBe(members(stringsDecls).length);
    const c = strconvPackage();
    expect(keys(c.funcs, c.types, c.vars)).toEqual(members(strconvDecls));
    const cOwn = members(strconvDecls).filter((n) => !(n in strconvRest));
    expect(Object.keys(strconvRest).length + cOwn.length).toBe(members(strconvDecls).length);
  });

  it('keep in each package\'s own chunk every member a course program uses, and little else', () => {
    const own = (decls: string, rest: object[]) => members(decls).filter((n) => rest.every((r) => !(n in r)));
    const sOwn = own(stringsDecls, [stringsRest.funcs, stringsRest.types]);
    const cOwn = own(strconvDecls, [strconvRest]);
    expect(sOwn).toEqual(['Builder', 'Contains', 'HasPrefix', 'HasSuffix', 'Join', 'SplitN', 'ToUpper']);
    expect(cOwn).toEqual(['Atoi', 'ErrRange', 'ErrSyntax', 'FormatInt', 'Itoa', 'NumError', 'ParseInt']);
    const texts = [...exercisePrograms(ROOT, { mistakes: true }).map((p) => p.text), ...lessonPrograms(ROOT).filter((p) => p.wrapped).map((p) => p.code)];
    const used = new Set(texts.flatMap((t) => [...t.matchAll(/\b(strings|strconv)\.([A-Z]\w*)/g)].map((m) => `${m[1]}.${m[2]}`)));
    expect(used.size).toBeGreaterThan(5);
    for (const u of used) {
      const [p, n] = u.split('.') as [string, string];
      expect(p === 'strings' ? sOwn : cOwn, u).toContain(n);
    }
  });

  it('name the rest of each package by one lazy key', () => {
    expect(partKey('strings')).toBe('std:strings#more');
    expect(partKey('strconv')).toBe('std:strconv#more');
  });
});
