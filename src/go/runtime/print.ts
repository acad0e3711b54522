/** print: the builtin print/println formatting (floats as `+1.500000e+000`, pointers as hex). */

/** formatPrintFloat formats a float64 as the print builtin does. */
export function formatPrintFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  let x = Math.abs(v);
  let e = 0;
  if (x !== 0) {
    e = Math.floor(Math.log10(x));
    let m = x / Math.pow(10, e);
    if (m >= 10) { m /= 10; e++; }
    if (m < 1) { m *= 10; e--; }
    x = m;
  }
  let digits = x.toFixed(6);
  if (digits.startsWith('10')) { digits = (x / 10).toFixed(6); e++; }
  const es = Math.abs(e).toString().padStart(3, '0');
  return (neg ? '-' : '+') + digits + 'e' + (e < 0 ? '-' : '+') + es;
}
