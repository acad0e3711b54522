import { newError, type GoError } from '../../sim/errors.ts';
import type { Nanos } from '../../sim/time.ts';
import { parseGoDuration } from './go-duration.ts';
import { errInvalidDSNAddr, errInvalidDSNNoSlash, errInvalidDSNUnescaped, errInvalidDSNUnsafeCollation } from './errors.ts';

/** Config is the part of mysql.Config the model uses. */
export interface Config {
  user: string;
  passwd: string;
  net: string;
  addr: string;
  dbName: string;
  params: Record<string, string>;
  timeout: Nanos;
  readTimeout: Nanos;
  writeTimeout: Nanos;
  checkConnLiveness: boolean;
  interpolateParams: boolean;
  parseTime: boolean;
  multiStatements: boolean;
  clientFoundRows: boolean;
  rejectReadOnly: boolean;
  maxAllowedPacket: number;
  charset?: string;
  collation?: string;
}

const BOOL_PARAMS: Record<string, keyof Config | null> = {
  allowAllFiles: null, allowCleartextPasswords: null, allowFallbackToPlaintext: null, allowNativePasswords: null,
  allowOldPasswords: null, checkConnLiveness: 'checkConnLiveness', clientFoundRows: 'clientFoundRows',
  columnsWithAlias: null, compress: null, interpolateParams: 'interpolateParams', multiStatements: 'multiStatements',
  parseTime: 'parseTime', rejectReadOnly: 'rejectReadOnly',
};

const UNSAFE_CHARSETS = ['big5', 'gbk', 'sjis', 'cp932', 'gb2312'];

function readBool(v: string): boolean | null {
  if (['1', 'true', 'TRUE', 'True'].includes(v)) return true;
  if (['0', 'false', 'FALSE', 'False'].includes(v)) return false;
  return null;
}

/** newConfig is mysql.NewConfig's defaults. */
export function newConfig(): Config {
  return {
    user: '', passwd: '', net: '', addr: '', dbName: '', params: {}, timeout: 0, readTimeout: 0, writeTimeout: 0,
    checkConnLiveness: true, interpolateParams: false, parseTime: false, multiStatements: false, clientFoundRows: false,
    rejectReadOnly: false, maxAllowedPacket: 64 << 20,
  };
}

function unescapePath(s: string): [string, GoError | null] {
  try {
    return [decodeURIComponent(s), null];
  } catch {
    const bad = s.match(/%.{0,2}/)?.[0] ?? '%';
    return ['', newError(`invalid URL escape ${JSON.stringify(bad)}`)];
  }
}

/** parseDSN is mysql.ParseDSN: `[user[:password]@][net[(addr)]]/dbname[?param=value&...]`, with the driver's errors. */
export function parseDSN(dsn: string): [Config | null, GoError | null] {
  const cfg = newConfig();
  let foundSlash = false;
  for (let i = dsn.length - 1; i >= 0; i--) {
    if (dsn[i] !== '/') continue;
    foundSlash = true;
    let j = 0;
    let k = 0;
    if (i > 0) {
      for (j = i; j >= 0; j--) {
        if (dsn[j] === '@') {
          for (k = 0; k < j; k++) {
            if (dsn[k] === ':') { cfg.passwd = dsn.slice(k + 1, j); break; }
          }
          cfg.user = dsn.slice(0, k);
          break;
        }
      }
      for (k = j + 1; k < i; k++) {
        if (dsn[k] === '(') {
          if (dsn[i - 1] !== ')') {
            if (dsn.slice(k + 1, i).includes(')')) return [null, errInvalidDSNUnescaped];
            return [null, errInvalidDSNAddr];
          }
          cfg.addr = dsn.slice(k + 1, i - 1);
          break;
        }
      }
      cfg.net = dsn.slice(j + 1, k);
    }
    for (j = i + 1; j < dsn.length; j++) {
      if (dsn[j] === '?') {
        const err = parseParams(cfg, dsn.slice(j + 1));
        if (err) return [null, err];
        break;
      }
    }
    const dbname = dsn.slice(i + 1, j);
    const [name, err] = unescapePath(dbname);
    if (err) return [null, newError(`invalid dbname ${JSON.stringify(dbname)}: ${err.Error()}`)];
    cfg.dbName = name;
    break;
  }
  if (!foundSlash && dsn.length > 0) return [null, errInvalidDSNNoSlash];
  const nerr = normalize(cfg);
  if (nerr) return [null, nerr];
  return [cfg, null];
}

function parseParams(cfg: Config, params: string): GoError | null {
  for (const v of params.split('&')) {
    const eq = v.indexOf('=');
    if (eq < 0) continue;
    const key = v.slice(0, eq);
    const value = v.slice(eq + 1);
    if (key in BOOL_PARAMS) {
      const b = readBool(value);
      if (b === null) return newError(`invalid bool value: ${value}`);
      const field = BOOL_PARAMS[key];
      if (field) (cfg as unknown as Record<string, unknown>)[field] = b;
      continue;
    }
    switch (key) {
      case 'timeout':
      case 'readTimeout':
      case 'writeTimeout': {
        const [d, err] = parseGoDuration(value);
        if (err) return err;
        cfg[key] = d;
        break;
      }
      case 'timeTruncate': {
        const [, err] = parseGoDuration(value);
        if (err) return newError(`invalid timeTruncate value: ${value}, error: ${err.Error()}`);
        break;
      }
      case 'maxAllowedPacket': {
        if (!/^[+-]?\d+$/.test(value)) return newError(`strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
        cfg.maxAllowedPacket = Number(value);
        break;
      }
      case 'charset':
        cfg.charset = value.split(',')[0];
        break;
      case 'collation':
        cfg.collation = value;
        break;
      case 'loc':
      case 'tls':
      case 'serverPubKey':
      case 'connectionAttributes':
        break;
      default: {
        try {
          cfg.params[key] = decodeURIComponent(value.replace(/\+/g, ' '));
        } catch {
          return newError(`invalid URL escape ${JSON.stringify(value.match(/%.{0,2}/)?.[0] ?? '%')}`);
        }
      }
    }
  }
  return null;
}

function normalize(cfg: Config): GoError | null {
  if (cfg.interpolateParams && cfg.charset && UNSAFE_CHARSETS.includes(cfg.charset.toLowerCase())) return errInvalidDSNUnsafeCollation;
  if (cfg.net === '') cfg.net = 'tcp';
  if (cfg.addr === '') {
    if (cfg.net === 'tcp') cfg.addr = '127.0.0.1:3306';
    else if (cfg.net === 'unix') cfg.addr = '/tmp/mysql.sock';
    else return newError(`default addr for network '${cfg.net}' unknown`);
  } else if (cfg.net === 'tcp' && !/:\d*$/.test(cfg.addr.replace(/^\[.*\]/, (m) => m.replace(/:/g, '')))) {
    cfg.addr = cfg.addr.includes(':') && !cfg.addr.startsWith('[') ? `[${cfg.addr}]:3306` : `${cfg.addr}:3306`;
  }
  return null;
}
