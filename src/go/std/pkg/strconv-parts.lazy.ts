/** strconv-parts.lazy: in the browser worker, the rest of package strconv loads as its own chunk when a compile first names one of its members (../package-parts.ts). */
import { loadInParts } from '../package-parts.ts';
import { addStrconvMore, strconvTables } from '../strconv.ts';

loadInParts('strconv', strconvTables, () => import('../strconv-more.ts').then((m) => addStrconvMore(m.strconvMore)));
