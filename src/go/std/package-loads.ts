/** package-loads: which module registers each standard-library package, and what it needs loaded first. */

/** ISSUE5_PACKAGES are the packages of issue 5 (database/sql and the web): one module registers them all. */
export const ISSUE5_PACKAGES: readonly string[] = [
  'database/sql', 'database/sql/driver', 'github.com/go-sql-driver/mysql', 'net/http', 'net/url', 'encoding/json', 'expvar',
];

/**
 * STD_DEPS lists, per package, the packages its loader needs first: imports between the checker's declarations
 * (fmt's imports io) and packages the runtime reads from a run's table (net/http's server reads context and log;
 * expvar reads log, os and net/http). Imports between implementation modules are the bundler's business. The
 * seven packages of issue 5 share one module: each key still names only its own package's needs.
 */
export const STD_DEPS: Readonly<Record<string, readonly string[]>> = {
  fmt: ['io'],
  context: ['time'],
  'database/sql': ['context', 'database/sql/driver', 'time'],
  'net/http': ['context', 'io', 'log', 'net/url'],
  'encoding/json': ['io'],
  expvar: ['log', 'net/http', 'os'],
};

/** stdClosure is the set of packages loading `paths` loads: the paths and, transitively, their deps. */
export function stdClosure(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (p: string): void => {
    if (out.has(p)) return;
    out.add(p);
    for (const d of STD_DEPS[p] ?? []) visit(d);
  };
  for (const p of paths) visit(p);
  return out;
}
