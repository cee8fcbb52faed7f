import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/define/union-kpi.js';
import '../src/define/union-kpi-grid.js';
import '../src/define/union-figure.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};
export default preview;
