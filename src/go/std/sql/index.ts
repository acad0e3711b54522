/** sql: registers database/sql, database/sql/driver, go-sql-driver/mysql, net/http and net/url with the checker and builds them per run. */
import { registerPackage } from '../../types/stdlib/registry.ts';
import { SQL_INTERNAL, SQL_SOURCES } from '../../types/stdlib/database-sql.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { databaseSqlPackage } from './database-sql.ts';
import { driverPackage, mysqlPackage } from './mysql.ts';
import { httpPackage, urlPackage } from './http.ts';
import { NULL_TYPES } from './null-types.ts';
import { WEB_SOURCES } from '../../types/stdlib/web.ts';
import { jsonPackage } from '../json.ts';
import { expvarPackage } from '../expvar.ts';

for (const [path, source] of Object.entries(SQL_SOURCES)) registerPackage(path, source, { importable: !SQL_INTERNAL.has(path) });
for (const [path, source] of Object.entries(WEB_SOURCES)) registerPackage(path, source);

function withNullTypes<P extends { types: Record<string, unknown> }>(p: P): P {
  Object.assign(p.types, NULL_TYPES);
  return p;
}

/** sqlPackages builds the database packages of one run. */
export function sqlPackages(rt: Runtime): Record<string, unknown> {
  return {
    'database/sql': withNullTypes(databaseSqlPackage(rt)),
    'database/sql/driver': driverPackage(),
    'github.com/go-sql-driver/mysql': mysqlPackage(),
    'net/http': httpPackage(rt),
    'net/url': urlPackage(),
    'encoding/json': jsonPackage(),
    expvar: expvarPackage(rt),
  };
}

export { setSqlEnv, sqlEnv, type SqlEnv } from './env.ts';
