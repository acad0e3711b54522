import { EPOCH_UNIX_NANOS } from '../../sim/time.ts';
import type { World } from '../../sim/world.ts';

/** DriverLogger is the driver's default logger: `[mysql] 2000/01/01 00:00:00 file.go:NN message`, dated by the virtual clock. */
export class DriverLogger {
  /** lines holds every line printed, in order (what stderr would show). */
  readonly lines: string[] = [];

  constructor(private readonly world: World) {}

  /** print writes one line with the driver's file:line prefix (go-sql-driver/mysql 1.9's mc.log). */
  print(site: string, message: string): void {
    const ms = Number(EPOCH_UNIX_NANOS / 1000000n) + Math.floor(this.world.now() / 1e6);
    const iso = new Date(ms).toISOString();
    const stamp = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
    const text = `[mysql] ${stamp} ${site} ${message}`;
    this.lines.push(text);
    this.world.log.emit({ kind: 'log', source: 'driver', text });
  }
}

/** LOG_SITES are the file:line positions of go-sql-driver/mysql 1.9.0's log calls. */
export const LOG_SITES = {
  readHeader: 'packets.go:46',
  readBody: 'packets.go:94',
  write: 'packets.go:149',
  resetSession: 'connection.go:706',
  closing: 'connection.go:189',
} as const;
