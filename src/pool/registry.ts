import type { GoError } from '../sim/errors.ts';
import type { World } from '../sim/world.ts';
import { DB } from './db.ts';
import type { Connector, Driver } from './driver.ts';
import { unknownDriver } from './errors.ts';

/** Registry is database/sql's driver registry (sql.Register / sql.Drivers / sql.Open). */
export class Registry {
  private readonly drivers = new Map<string, Driver>();

  /** register is sql.Register; registering a name twice is a programming error (Go panics). */
  register(name: string, driver: Driver): void {
    if (this.drivers.has(name)) throw new Error(`sql: Register called twice for driver ${name}`);
    this.drivers.set(name, driver);
  }

  /** names is sql.Drivers: the registered names, sorted. */
  names(): string[] {
    return [...this.drivers.keys()].sort();
  }

  /** open is sql.Open: lazy (no conn is dialed); a DriverContext parses the DSN here. */
  open(world: World, driverName: string, dsn: string): [DB | null, GoError | null] {
    const d = this.drivers.get(driverName);
    if (!d) return [null, unknownDriver(driverName)];
    if (d.openConnector) {
      const [c, err] = d.openConnector(dsn);
      if (err !== null || !c) return [null, err];
      return [new DB(world, c, driverName, dsn), null];
    }
    return [new DB(world, dsnConnector(d, dsn), driverName, dsn), null];
  }
}

/** dsnConnector is database/sql's dsnConnector: Driver.Open(dsn) on every dial, ignoring ctx. */
export function dsnConnector(d: Driver, dsn: string): Connector {
  return {
    driver: () => d,
    *connect() {
      return yield* d.open(dsn);
    },
  };
}

/** openDB is sql.OpenDB: a DB over a connector. */
export function openDB(world: World, connector: Connector, driverName = ''): DB {
  return new DB(world, connector, driverName);
}
