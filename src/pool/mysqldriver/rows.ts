import { EOF, type Blocking, type Rows, type Value } from '../driver.ts';
import type { GoError } from '../../sim/errors.ts';
import type { Reply, ResultStream } from '../../mysql/wire.ts';
import type { Column, SqlValue } from '../../mysql/sql-values.ts';
import { ErrInvalidConn, fromServer } from './errors.ts';
import { LOG_SITES } from './logger.ts';
import { toDriverValue, typeDatabaseName } from './values.ts';
import type { MysqlConn } from './connection.ts';

/** MysqlRows is textRows/binaryRows: the result arrives buffered; Next reads it, Close discards the rest. */
export class MysqlRows implements Rows {
  private readonly cols: Column[];
  private data: SqlValue[][];
  private readonly cut: Extract<Reply, { kind: 'rows' }>['cut'];
  private stream: ResultStream | undefined;
  private i = 0;
  private mc: MysqlConn | null;

  constructor(mc: MysqlConn, reply: Reply, private readonly binary: boolean) {
    this.mc = mc;
    if (reply.kind === 'rows') {
      this.cols = reply.columns;
      this.data = reply.rows;
      this.cut = reply.cut;
      this.stream = reply.stream;
      mc.busy = true;
    } else {
      this.cols = [];
      this.data = [];
      this.cut = undefined;
      this.stream = undefined;
      this.mc = null;
      mc.finish();
    }
  }

  /** columns is Rows.Columns. */
  columns(): string[] {
    return this.cols.map((c) => c.name);
  }

  /** columnCount is how many columns the result has (columns().length without building the names). */
  columnCount(): number {
    return this.cols.length;
  }

  /** columnTypeDatabaseTypeName is the MySQL type name of a column, as the driver's mysqlField.typeDatabaseName gives it. */
  columnTypeDatabaseTypeName(index: number): string {
    const c = this.cols[index];
    return c ? typeDatabaseName(c) : '';
  }

  /** next fills dest with the next row; at the end it returns io.EOF and releases the conn's buffer. */
  *next(dest: Value[]): Blocking<GoError | null> {
    for (;;) {
      const now = this.nextNow(dest);
      if (now !== undefined) return now;
      // The buffered rows are used up and the server has more: wait for the next part, then read on.
      const ferr = yield* this.fetch(this.mc!);
      if (ferr) return ferr;
    }
  }

  /** nextNow is next for a row already buffered: it returns what next would, or undefined (nothing done) when next must wait for the server. */
  nextNow(dest: Value[]): GoError | null | undefined {
    const mc = this.mc;
    if (!mc) return EOF;
    const err = mc.error();
    if (err) return err;
    if (this.stream && this.i >= this.data.length) return undefined;
    const limit = this.cut ? this.cut.after : this.data.length;
    if (this.i >= limit) {
      if (this.cut) {
        this.done();
        if (this.cut.end === 'eof') {
          mc.cleanup();
          mc.logger.print(LOG_SITES.readBody, 'unexpected EOF');
          return ErrInvalidConn;
        }
        return fromServer(this.cut.end);
      }
      this.done();
      return EOF;
    }
    const row = this.data[this.i++]!;
    const cols = this.cols;
    const parseTime = mc.cfg.parseTime;
    for (let c = 0; c < cols.length; c++) dest[c] = toDriverValue(row[c] ?? null, cols[c]!, this.binary, parseTime);
    return null;
  }

  /** fetch reads the next part of a streamed result (the server sends it as the socket buffers drain). */
  private *fetch(mc: MysqlConn): Blocking<GoError | null> {
    const [chunk, err] = yield* mc.awaitPending(this.stream!.more());
    if (err) { this.done(); return err; }
    if (chunk!.kind === 'eof') {
      this.done();
      mc.cleanup();
      mc.logger.print(LOG_SITES.readBody, 'unexpected EOF');
      return ErrInvalidConn;
    }
    if (chunk!.kind === 'error') {
      this.done();
      return fromServer(chunk!.error);
    }
    this.data = chunk!.rows;
    this.i = 0;
    if (chunk!.done) this.stream = undefined;
    return null;
  }

  private done(): void {
    const mc = this.mc;
    if (!mc) return;
    mc.busy = false;
    mc.finish();
    this.mc = null;
  }

  /** close finishes the watcher and discards unread rows (they are already buffered here). */
  *close(): Blocking<GoError | null> {
    const mc = this.mc;
    if (!mc) return null;
    mc.finish();
    const err = mc.error();
    if (err) return err;
    // Like the driver's readUntilEOF: the rest of a streamed result is read and thrown away.
    while (this.stream) {
      const ferr = yield* this.fetch(mc);
      if (ferr) return ferr;
    }
    this.done();
    return null;
  }

  /** closeNow is close when nothing is left to read from the server: what close returns, or undefined (nothing done) when close must wait. */
  closeNow(): GoError | null | undefined {
    const mc = this.mc;
    if (!mc) return null;
    if (this.stream && !mc.error()) return undefined;
    mc.finish();
    const err = mc.error();
    if (err) return err;
    this.done();
    return null;
  }

  /** hasNextResultSet is false: the server never sets MORE_RESULTS_EXISTS (no multi-statements, no CALL). */
  hasNextResultSet(): boolean {
    return false;
  }

  /** nextResultSet returns io.EOF (no further result sets). */
  *nextResultSet(): Blocking<GoError | null> {
    return EOF;
  }
}
