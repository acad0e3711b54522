/** select: installs the runtime's select statement on the helper table (key `go:select`). */
import { select } from './chan.ts';
import { H } from './helpers.ts';

Object.assign(H, { select });
