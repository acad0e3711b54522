import { describe, expect, it } from 'vitest';
import { parseDSN } from '../../src/pool/mysqldriver/dsn.ts';
import { MySQLError } from '../../src/pool/mysqldriver/errors.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import { isError } from '../../src/sim/errors.ts';

function errOf(dsn: string): string {
  const [cfg, err] = parseDSN(dsn);
  expect(cfg).toBeNull();
  return err!.Error();
}

describe('parseDSN', () => {
  it('parses the course DSN with its timeouts and flags', () => {
    const [cfg, err] = parseDSN('app:secret@tcp(127.0.0.1:3306)/course?parseTime=true&timeout=1s&readTimeout=250ms&writeTimeout=2s&interpolateParams=true&checkConnLiveness=false');
    expect(err).toBeNull();
    expect(cfg).toMatchObject({
      user: 'app', passwd: 'secret', net: 'tcp', addr: '127.0.0.1:3306', dbName: 'course', parseTime: true,
      timeout: Second, readTimeout: 250 * Millisecond, writeTimeout: 2 * Second, interpolateParams: true, checkConnLiveness: false,
    });
  });

  it('fills in tcp, 127.0.0.1:3306 and port 3306 as the driver does', () => {
    expect(parseDSN('/course')[0]).toMatchObject({ net: 'tcp', addr: '127.0.0.1:3306', dbName: 'course', checkConnLiveness: true });
    expect(parseDSN('u@tcp(db)/x')[0]!.addr).toBe('db:3306');
    expect(parseDSN('u@tcp(db:3307)/x')[0]!.addr).toBe('db:3307');
    expect(parseDSN('')[0]!.addr).toBe('127.0.0.1:3306');
  });

  it('gives the driver\'s text for malformed DSNs', () => {
    expect(errOf('user:pass@tcp(127.0.0.1:3306)')).toBe('invalid DSN: missing the slash separating the database name');
    expect(errOf('user@tcp(127.0.0.1:3306/course')).toBe('invalid DSN: network address not terminated (missing closing brace)');
    expect(errOf('user@tcp(127.0.0.1:3306)x/course')).toBe('invalid DSN: did you forget to escape a param value?');
    expect(errOf('u@tcp(h:1)/db?parseTime=yes')).toBe('invalid bool value: yes');
    expect(errOf('u@tcp(h:1)/db?timeout=5')).toBe('time: missing unit in duration "5"');
    expect(errOf('u@tcp(h:1)/db?readTimeout=abc')).toBe('time: invalid duration "abc"');
    expect(errOf('u@tcp(h:1)/db?writeTimeout=5x')).toBe('time: unknown unit "x" in duration "5x"');
    expect(errOf('u@tcp(h:1)/db?maxAllowedPacket=big')).toBe('strconv.Atoi: parsing "big": invalid syntax');
    expect(errOf('u@udp()/db')).toBe("default addr for network 'udp' unknown");
    expect(errOf('u@tcp(h:1)/db?interpolateParams=true&charset=gbk')).toBe('invalid DSN: interpolateParams can not be used with unsafe collations');
  });
});

describe('MySQLError', () => {
  it('formats with and without SQLSTATE, and errors.Is compares numbers', () => {
    expect(new MySQLError(1146, '42S02', "Table 'course.missing_table' doesn't exist").Error()).toBe("Error 1146 (42S02): Table 'course.missing_table' doesn't exist");
    expect(new MySQLError(1040, '', 'Too many connections').Error()).toBe('Error 1040: Too many connections');
    expect(isError(new MySQLError(1040, '08004', 'x'), new MySQLError(1040, '', 'y'))).toBe(true);
    expect(isError(new MySQLError(1040, '08004', 'x'), new MySQLError(1041, '', 'y'))).toBe(false);
  });
});
