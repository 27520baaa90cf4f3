import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import LiveExample from './LiveExample.vue';
import Layout from './Layout.vue';
import ThemeSwitcher from './ThemeSwitcher.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp({ app }) {
    app.component('LiveExample', LiveExample);
    app.component('ThemeSwitcher', ThemeSwitcher);
  },
} satisfies Theme;
