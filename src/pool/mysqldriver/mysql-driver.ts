import { background, type Context } from '../../sim/context.ts';
import type { GoError } from '../../sim/errors.ts';
import type { World } from '../../sim/world.ts';
import type { MysqlServer } from '../../mysql/server.ts';
import type { Blocking, Conn, Connector, Driver } from '../driver.ts';
import { parseDSN, type Config } from './dsn.ts';
import { ErrInvalidConn, NetError, fromServer } from './errors.ts';
import { DriverLogger, LOG_SITES } from './logger.ts';
import { MysqlConn, dialRefused } from './connection.ts';

/** Network maps `host:port` addresses to simulated servers (what a dial can reach). */
export type Network = Map<string, MysqlServer>;

/** MysqlDriver is go-sql-driver/mysql's MySQLDriver: sql.Open("mysql", dsn) parses the DSN in openConnector. */
export class MysqlDriver implements Driver {
  /** logger collects the driver's `[mysql] ...` lines. */
  readonly logger: DriverLogger;

  constructor(readonly world: World, readonly network: Network) {
    this.logger = new DriverLogger(world);
  }

  /** open is driver.Driver.Open (a connector per call). */
  *open(name: string): Blocking<[Conn | null, GoError | null]> {
    const [c, err] = this.openConnector(name);
    if (err) return [null, err];
    return yield* c!.connect(background(this.world));
  }

  /** openConnector is DriverContext: parse the DSN once; a malformed DSN fails here, as in sql.Open. */
  openConnector(name: string): [Connector | null, GoError | null] {
    const [cfg, err] = parseDSN(name);
    if (err) return [null, err];
    return [new MysqlConnector(this, cfg!), null];
  }
}

/** MysqlConnector dials the server named by the DSN's address and logs in. */
export class MysqlConnector implements Connector {
  constructor(private readonly drv: MysqlDriver, readonly cfg: Config) {}

  /** driver returns the MysqlDriver. */
  driver(): Driver {
    return this.drv;
  }

  /** connect dials and logs in; `timeout` bounds the TCP dial only, ctx bounds the whole login. */
  *connect(ctx: Context): Blocking<[Conn | null, GoError | null]> {
    const world = this.drv.world;
    const cerr = ctx.err();
    if (cerr) return [null, cerr];
    if (this.cfg.net !== 'tcp') return [null, new NetError(`dial ${this.cfg.net} ${this.cfg.addr}: connect: no such file or directory`)];
    const server = this.drv.network.get(this.cfg.addr);
    if (!server) return [null, dialRefused(this.cfg.addr)];
    const login = server.connect({ user: this.cfg.user, db: this.cfg.dbName || null });
    if (!login.result.ready) {
      const w = world.wait<'done' | 'cancel'>('mysql connect');
      const unsubReply = login.result.onReady(() => w.wake('done'));
      const unsubCtx = ctx.onDone(() => w.wake('cancel'));
      const r = yield* w.park();
      unsubReply();
      unsubCtx();
      if (r.kind === 'woken' && r.value === 'cancel') {
        login.abandon();
        return [null, ctx.err()];
      }
    }
    const res = login.result.value;
    if (res.kind === 'error') return [null, fromServer(res.error)];
    if (res.kind === 'eof') {
      this.drv.logger.print(LOG_SITES.readHeader, 'unexpected EOF');
      return [null, ErrInvalidConn];
    }
    return [new MysqlConn(world, res.socket, this.cfg, this.drv.logger), null];
  }
}
