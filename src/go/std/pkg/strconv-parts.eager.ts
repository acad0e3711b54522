/** strconv-parts.eager: every part of package strconv, at once (Node); the browser worker's build swaps in strconv-parts.lazy.ts. */
import '../strconv-more.ts';
