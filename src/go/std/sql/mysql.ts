/** mysql and driver: github.com/go-sql-driver/mysql's exported errors and database/sql/driver's sentinels. */
import { ErrBadConn, ErrSkip } from '../../../pool/driver.ts';
import { ErrBusyBuffer, ErrInvalidConn, ErrMalformPkt } from '../../../pool/mysqldriver/errors.ts';
import { mysqlErrorT, toIface } from './values.ts';

/** mysqlPackage builds github.com/go-sql-driver/mysql (its blank import registers the driver: see registryOf). */
export function mysqlPackage() {
  return {
    types: { MySQLError: mysqlErrorT },
    vars: { ErrInvalidConn: toIface(ErrInvalidConn), ErrMalformPkt: toIface(ErrMalformPkt), ErrBusyBuffer: toIface(ErrBusyBuffer) },
    funcs: {},
  };
}

/** driverPackage builds database/sql/driver. */
export function driverPackage() {
  return { types: {}, vars: { ErrBadConn: toIface(ErrBadConn), ErrSkip: toIface(ErrSkip) }, funcs: {} };
}
