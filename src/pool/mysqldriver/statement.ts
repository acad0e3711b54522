import { ErrBadConn, type Blocking, type NamedValue, type Result, type Rows, type Stmt } from '../driver.ts';
import type { Context } from '../../sim/context.ts';
import type { GoError } from '../../sim/errors.ts';
import { fromServer } from './errors.ts';
import { MysqlRows } from './rows.ts';
import { toServerValue } from './values.ts';
import { resultOf, type MysqlConn } from './connection.ts';

/** MysqlStmt is the driver's mysqlStmt: a server-side prepared statement on one conn. */
export class MysqlStmt implements Stmt {
  constructor(private readonly mc: MysqlConn, readonly id: number, private readonly paramCount: number) {}

  /** numInput is the server's parameter count. */
  numInput(): number {
    return this.paramCount;
  }

  /** close sends COM_STMT_CLOSE; on a closed conn it returns ErrBadConn as the driver does. */
  *close(): Blocking<GoError | null> {
    if (this.mc.closed) return ErrBadConn;
    this.mc.socket.closeStmt(this.id);
    return null;
  }

  /** exec is COM_STMT_EXECUTE returning an OK packet. */
  *exec(ctx: Context, args: NamedValue[]): Blocking<[Result | null, GoError | null]> {
    if (this.mc.closed) return [null, ErrBadConn];
    const werr = this.mc.watchCancel(ctx);
    if (werr) return [null, werr];
    const [reply, err] = yield* this.mc.roundTrip({ kind: 'execute', stmtId: this.id, params: args.map((a) => toServerValue(a.value)) });
    this.mc.finish();
    if (err) return [null, err];
    return resultOf(reply!);
  }

  /** query is COM_STMT_EXECUTE returning binary rows; the watcher stays armed until the Rows closes. */
  *query(ctx: Context, args: NamedValue[]): Blocking<[Rows | null, GoError | null]> {
    if (this.mc.closed) return [null, ErrBadConn];
    const werr = this.mc.watchCancel(ctx);
    if (werr) return [null, werr];
    const [reply, err] = yield* this.mc.roundTrip({ kind: 'execute', stmtId: this.id, params: args.map((a) => toServerValue(a.value)) });
    if (err) { this.mc.finish(); return [null, err]; }
    if (reply!.kind === 'error') { this.mc.finish(); return [null, fromServer(reply!.error)]; }
    return [new MysqlRows(this.mc, reply!, true), null];
  }
}
