/** sql: registers database/sql, database/sql/driver, go-sql-driver/mysql, net/http, net/url, encoding/json and expvar with the checker and the runtime (each built per run, on first read). */
import { registerPackage } from '../../types/stdlib/registry.ts';
import { SQL_INTERNAL, SQL_SOURCES } from '../../types/stdlib/database-sql.ts';
import { registerStdPackage } from '../registry.ts';
import { databaseSqlPackage } from './database-sql.ts';
import { driverPackage, mysqlPackage } from './mysql.ts';
import { httpPackage, urlPackage } from './http.ts';
import { NULL_TYPES } from './null-types.ts';
import { WEB_SOURCES } from '../../types/stdlib/web.ts';
import { jsonPackage } from '../json.ts';
import { expvarPackage } from '../expvar.ts';

for (const [path, source] of Object.entries(SQL_SOURCES)) registerPackage(path, source, { importable: !SQL_INTERNAL.has(path) });
for (const [path, source] of Object.entries(WEB_SOURCES)) registerPackage(path, source);

// one registration per package: a run builds only the packages it reads
registerStdPackage('database/sql', (rt) => {
  const p = databaseSqlPackage(rt);
  Object.assign(p.types, NULL_TYPES);
  return p;
});
registerStdPackage('database/sql/driver', driverPackage);
registerStdPackage('github.com/go-sql-driver/mysql', mysqlPackage);
registerStdPackage('net/http', httpPackage);
registerStdPackage('net/url', urlPackage);
registerStdPackage('encoding/json', jsonPackage);
registerStdPackage('expvar', expvarPackage);

export { setSqlEnv, sqlEnv, type SqlEnv } from './env.ts';
