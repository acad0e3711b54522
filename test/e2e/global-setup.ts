import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './static-server';

// Serves dist/ (built by `npm run build`: astro build + pagefind) on a free port for the browser tests.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(import.meta.dirname, '../../dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first (npm run test:e2e does)');
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error('dist/pagefind is missing: the build must run pagefind (npm run build does)');
  const { url, server } = await serveStatic(dist);
  process.env.LEAKPROOF_BASE_URL = url;
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
