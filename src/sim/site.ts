/** Site is where in the learner's program something happened (opaque to sim; the Go runtime fills it). */
export interface Site {
  file: string;
  line: number;
  col: number;
  func?: string;
}

/** formatSite renders a site as Go does in diagnostics: `main.go:14:17`. */
export function formatSite(site: Site): string {
  return `${site.file}:${site.line}:${site.col}`;
}
