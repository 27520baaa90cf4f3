/** Yizhan in a Vue app. Run: `pnpm --filter @yizhan/widgets exec vite examples/vue`. */
import { createApp } from 'vue';
import '@yizhan/widgets/yizhan';
import App from './App.vue';

createApp(App).mount('#app');
