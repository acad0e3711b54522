/** strings-parts.eager: every part of package strings, at once (Node); the browser worker's build swaps in strings-parts.lazy.ts. */
import '../strings-builder.ts';
import '../strings-more.ts';
