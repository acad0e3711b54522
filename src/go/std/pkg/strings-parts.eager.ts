/** strings-parts.eager: the rest of package strings, at once (Node); the browser worker's build swaps in strings-parts.lazy.ts. */
import { addStringsMore } from '../strings.ts';
import { stringsMore } from '../strings-more.ts';

addStringsMore(stringsMore);
