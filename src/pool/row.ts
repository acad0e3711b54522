import type { GoError } from '../sim/errors.ts';
import type { ScanDest } from './convert.ts';
import { ErrNoRows, errRawBytesOnRow } from './errors.ts';
import type { Rows } from './rows.ts';

/** Row is sql.Row: the result of QueryRow; Scan always closes it. A Row never scanned keeps its conn. */
export class Row {
  constructor(
    readonly rows: Rows | null,
    private readonly error: GoError | null,
  ) {}

  /** scan is Row.Scan: the first row into dests, ErrNoRows when empty; closes the Rows in every case. */
  *scan(...dests: ScanDest[]): Generator<unknown, GoError | null, unknown> {
    if (this.error !== null) return this.error;
    const rows = this.rows!;
    try {
      if (dests.some((d) => d.kind === 'rawBytes')) return errRawBytesOnRow;
      if (!(yield* rows.next())) {
        const e = rows.err();
        if (e !== null) return e;
        return ErrNoRows;
      }
      const e = rows.scan(...dests);
      if (e !== null) return e;
      return yield* rows.close();
    } finally {
      yield* rows.close();
    }
  }

  /** err is Row.Err: the deferred query error, if any. */
  err(): GoError | null {
    return this.error;
  }
}
