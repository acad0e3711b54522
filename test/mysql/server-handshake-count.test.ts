import { describe, expect, it } from 'vitest';
import { Millisecond } from '../../src/sim/time.ts';
import { login, newServer } from './server-harness.ts';
import type { LoginResult } from '../../src/mysql/server.ts';

function outcome(r: LoginResult): string {
  if (r.kind === 'ok') return 'ok';
  if (r.kind === 'eof') return 'eof';
  return `${r.error.number} (${r.error.sqlState})`;
}

describe('MysqlServer logins in their handshake', () => {
  it('lets logins that started together take slots, then refuses the ones past max_connections once their handshakes end', async () => {
    const { world, server } = await newServer({ variables: { max_connections: 2 } });
    const out: string[] = [];
    for (let i = 0; i < 4; i++) world.spawn(`client ${i}`, function* () { out[i] = outcome(yield* login(world, server)); });
    world.run();
    // three slots (max_connections + 1) are free at the start; the third is refused after auth (08004), the fourth at once
    expect(out).toEqual(['ok', 'ok', '1040 (08004)', '1040 ()']);
    expect(server.status()).toMatchObject({ Threads_connected: 2, Connections: 4, Connection_errors_max_connections: 2 });
  });

  it('forgets a login killed during its handshake when counting the sessions a later login competes with', async () => {
    const { world, server } = await newServer({ variables: { max_connections: 1 } });
    const out: Record<string, string> = {};
    world.spawn('a', function* () { out.a = outcome(yield* login(world, server)); });
    world.spawn('b', function* () { out.b = outcome(yield* login(world, server)); });
    world.spawn('killer', function* () {
      yield* world.sleep(Millisecond / 10); // both logins are in their handshake
      expect(server.processlist().map((r) => [r[0], r[4]])).toEqual([[1, 'Connect'], [2, 'Connect']]);
      server.kill(null, 1, 'connection');
      yield* world.sleep(10 * Millisecond);
      out.c = outcome(yield* login(world, server)); // b is connected: c gets the +1 slot's handshake, then 1040
    });
    world.run();
    expect(out).toEqual({ a: 'eof', b: 'ok', c: '1040 (08004)' });
    expect(server.status()).toMatchObject({ Threads_connected: 1, Connections: 3 });
  });
});
