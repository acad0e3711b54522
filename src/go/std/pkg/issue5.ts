/**
 * pkg/issue5: loads issue 5's packages (database/sql, its driver, net/http, net/url, encoding/json, expvar: one
 * module registers them all) after the groups their implementation imports, so the bundler keeps those groups whole.
 */
import './time-context.ts';
import '../sql/index.ts';
