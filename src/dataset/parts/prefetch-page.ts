// Imported first by the CDN bundle: its body runs before the widgets' code is evaluated.
import { prefetchWidgets } from './prefetch.js';

if (typeof document !== 'undefined') prefetchWidgets();
