/**
 * splitDetailsSummary rewrites `<details><summary>Answer</summary>` on one line, the form the lesson contract
 * uses, into `<details>` and `<summary>…</summary>` on lines of their own, which MDX parses as block
 * elements (one line more per disclosure, so MDX error positions after it shift by one).
 */
export function splitDetailsSummary(source: string): string {
  return source.replace(/^([ \t]*)<details>[ \t]*(<summary>.*?<\/summary>)[ \t]*$/gm, '$1<details>\n$1$2');
}
