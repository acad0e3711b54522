/** strconv-parts.eager: the rest of package strconv, at once (Node); the browser worker's build swaps in strconv-parts.lazy.ts. */
import { addStrconvMore } from '../strconv.ts';
import { strconvMore } from '../strconv-more.ts';

addStrconvMore(strconvMore);
