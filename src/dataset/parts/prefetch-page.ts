// Imported first by the CDN bundle: its body runs before the widgets' code is evaluated.
import { prefetchParts } from './prefetch.js';

if (typeof document !== 'undefined') prefetchParts();
