/** SearchHit is the part of a Pagefind result the search box shows. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** escapeHtml escapes text for use in HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** keepMarks drops every tag of a Pagefind excerpt (already entity-escaped text) except its <mark> highlights. */
export function keepMarks(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>?/g, '');
}

/** renderSearchHit renders one result as a list item: the page title as a link, then the excerpt. */
export function renderSearchHit(hit: SearchHit): string {
  const title = escapeHtml(hit.meta.title ?? hit.url);
  return `<li><a href="${escapeHtml(hit.url)}">${title}</a><p>${keepMarks(hit.excerpt)}</p></li>`;
}

/** searchStatus is the line read out after a search: how many pages matched. */
export function searchStatus(query: string, count: number): string {
  if (count === 0) return `No lessons mention “${query}”.`;
  return `${count === 1 ? '1 page' : `${count} pages`} for “${query}”`;
}
