import { createApp } from 'vue';
import 'union-viz/define/union-kpi.js';
import Figures from './Figures.vue';

createApp(Figures).mount('#app');
