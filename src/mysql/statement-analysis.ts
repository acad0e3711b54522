/**
 * What the server needs to know about a statement's text before running it, worked out once per distinct
 * text and kept in one flat object: load simulations send a few thousand texts hundreds of thousands of
 * times, and each object a statement touches is one more cold memory read between them.
 */
import type { StatementEngine } from './statement-engine.ts';
import { significant, tokenize } from './tokenize.ts';
import { mentionsUserLocks } from './user-locks.ts';
import type { Reply } from './wire.ts';

const ADMIN_WORDS = new Set(['SHOW', 'BEGIN', 'START', 'COMMIT', 'ROLLBACK', 'KILL', 'SET']);
const ROW_COMMANDS = new Set(['SELECT', 'SHOW', 'WITH', 'DESCRIBE', 'DESC', 'EXPLAIN', 'VALUES', 'TABLE']);
const FIRST_WORD = /^\s*([A-Za-z]+)/;
const ANY_SLEEP = /sleep/i;

/** INFORMATION_SCHEMA finds a statement that reads information_schema. */
export const INFORMATION_SCHEMA = /information_schema/i;

/** Analysis is one statement text's classification, its SLEEP() without arguments once read, and its constant answer once known. */
export class Analysis {
  readonly op: 'query' | 'exec' | 'commit' | 'rollback';
  readonly admin: boolean;
  readonly sysvars: boolean;
  readonly sleep: boolean;
  readonly lockable: boolean;
  readonly introspection: boolean;
  /** userLocks: the text may call GET_LOCK and its family (evaluated by the server, see user-locks.ts). */
  readonly userLocks: boolean;
  /** infoSchema: the text names information_schema (its virtual tables are refreshed before it runs). */
  readonly infoSchema: boolean;
  /** plain: no admin, system-variable, lock or introspection handling, and the engine says its answer is constant. */
  readonly plain: boolean;
  /** bareKnown: bareNanos/bareOnly hold sleepOf(sql, []) (the SLEEP() of the text run without arguments). */
  bareKnown: boolean;
  bareNanos = 0;
  bareOnly = false;
  /** constReply: the engine's answer to the text without arguments when it is the same every time (see MysqlServer.rememberConstant). */
  constReply: Reply | null = null;
  /** constRows: the rows constReply sends; constBuffer: the socket buffer size it was checked against (it goes in one piece). */
  constRows = 0;
  constBuffer = 0;

  constructor(sql: string, engine: StatementEngine) {
    const word = (FIRST_WORD.exec(sql)?.[1] ?? significant(tokenize(sql))[0]?.text ?? '').toUpperCase();
    this.infoSchema = INFORMATION_SCHEMA.test(sql);
    this.op = word === 'COMMIT' ? 'commit' : word === 'ROLLBACK' ? 'rollback' : ROW_COMMANDS.has(word) ? 'query' : 'exec';
    this.admin = ADMIN_WORDS.has(word);
    this.sysvars = sql.includes('@@');
    this.sleep = ANY_SLEEP.test(sql);
    this.lockable = word === 'UPDATE' || word === 'DELETE';
    this.introspection = word === 'SHOW' || this.infoSchema;
    this.userLocks = mentionsUserLocks(sql);
    this.plain = !this.admin && !this.sysvars && !this.lockable && !this.introspection && !this.userLocks && engine.isConstant?.(sql) === true;
    this.bareKnown = !this.sleep; // no SLEEP at all: 0 ns, not a bare sleep
  }
}
