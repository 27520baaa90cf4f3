/// <reference types="vite/client" />
import '@yizhan/widgets/types/vue.d.ts';
