/** strings-parts.lazy: in the browser worker, the rest of package strings loads as its own chunk when a compile first names one of its members (../package-parts.ts). */
import { loadInParts } from '../package-parts.ts';
import { addStringsMore, stringsTables } from '../strings.ts';

loadInParts('strings', stringsTables, () => import('../strings-more.ts').then((m) => addStringsMore(m.stringsMore)));
