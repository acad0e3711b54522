// The golden ratchet's list: goldens our runtime does not pass yet (known-failures.txt, one path a line).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR } from './golden-file.ts';

/** KNOWN_FAILURES_FILE lists goldens that fail today; it may only shrink. */
export const KNOWN_FAILURES_FILE = join(GOLDEN_DIR, 'known-failures.txt');

/** readKnownFailures returns the listed golden paths (comments after '#' and blank lines ignored). */
export function readKnownFailures(): Set<string> {
  if (!existsSync(KNOWN_FAILURES_FILE)) return new Set();
  return new Set(
    readFileSync(KNOWN_FAILURES_FILE, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}

/** writeKnownFailures rewrites the list from the current failures, sorted. */
export function writeKnownFailures(paths: Iterable<string>, header: string): void {
  const sorted = [...paths].sort();
  writeFileSync(KNOWN_FAILURES_FILE, [
    '# Goldens our Go runtime does not pass yet. The list may only shrink: golden.test.ts fails when a',
    '# listed golden passes (remove it) or an unlisted one fails. Rewrite with:',
    '#   npx tsx test/go/golden/update-known-failures.ts',
    `# ${header}`,
    ...sorted,
    '',
  ].join('\n'));
}
