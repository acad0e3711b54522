/** os: Exit, Getenv, Stdout and Stderr (as *os.File writers). */
import { hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import type { Runtime } from '../runtime/runtime.ts';

/** fileT is os.File; its pointer type has Write and WriteString. */
export const fileT: RType = hostType('os', 'File', () => ({ fd: 0 }));
const filePtr = ptrTo(fileT);

/** osPackage builds package os for a runtime. */
export function osPackage(rt: Runtime) {
  filePtr.methods.set('Write', function* (_g: any, f: { fd: 1 | 2 }, b: Slice | null) {
    const s = String.fromCharCode(...toArray(b));
    rt.write(f.fd, s);
    return [s.length, null];
  });
  filePtr.methods.set('WriteString', function* (_g: any, f: { fd: 1 | 2 }, s: string) { rt.write(f.fd, s); return [s.length, null]; });
  void fromArray;
  return {
    types: { File: fileT },
    vars: { Stdout: { fd: 1 }, Stderr: { fd: 2 }, Args: fromArray(['/tmp/main']) },
    funcs: {
      Exit: (_g: any, code: number) => rt.exit(Number(code)),
      Getenv: (_g: any, k: string) => rt.env[k] ?? '',
      LookupEnv: (_g: any, k: string) => (k in rt.env ? [rt.env[k], true] : ['', false]),
    },
  };
}
