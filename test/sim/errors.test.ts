import { describe, expect, it } from 'vitest';
import { errorText, isError, newError, wrapError } from '../../src/sim/errors.ts';
import { Canceled } from '../../src/sim/context.ts';

describe('errors', () => {
  it('newError values are equal only to themselves', () => {
    const a = newError('x');
    const b = newError('x');
    expect(a.Error()).toBe('x');
    expect(isError(a, a)).toBe(true);
    expect(isError(a, b)).toBe(false);
    expect(isError(null, a)).toBe(false);
  });

  it('isError follows Unwrap chains, joined errors and Is methods', () => {
    const wrapped = wrapError('query: context canceled', Canceled);
    expect(isError(wrapped, Canceled)).toBe(true);
    const target = newError('t');
    const joined = { Error: () => 'a\nb', Unwrap: () => [newError('a'), wrapError('b', target)] };
    expect(isError(joined, target)).toBe(true);
    const byNumber = { Error: () => 'Error 1040', Is: (t: unknown) => t === target };
    expect(isError(byNumber, target)).toBe(true);
  });

  it('errorText prints <nil> for a nil error', () => {
    expect(errorText(null)).toBe('<nil>');
    expect(errorText(newError('boom'))).toBe('boom');
  });
});
