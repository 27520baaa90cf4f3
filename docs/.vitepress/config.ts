import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { transformerStyleToClass } from '@shikijs/transformers';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { externalizeInlineScripts, InlineStyles } from './lib/csp.js';
import { generatedBlocks } from './lib/generated.js';
import { loadElements } from './lib/manifest.js';
import { GENERATED_PUBLIC } from './lib/paths.js';
import { SCHEMAS } from './lib/schema.js';

const building = process.argv.includes('build');
// Code blocks get classes instead of style attributes, so pages need no 'unsafe-inline' styles.
const shikiClasses = transformerStyleToClass({ classPrefix: 'sh-' });
const inlineStyles = new InlineStyles();
/** Rules for the classes that replace style attributes (code highlighting and server-rendered HTML). */
const CLASSES_CSS = 'assets/classes.css';

const elements = loadElements();
const componentItems = elements.map((el) => ({ text: `&lt;${el.tagName}&gt;`, link: `/components/${el.tagName}` }));

const sidebarEn: DefaultTheme.SidebarItem[] = [
  {
    text: 'Start',
    items: [
      { text: 'Overview', link: '/' },
      { text: 'Getting started', link: '/getting-started' },
    ],
  },
  {
    text: 'Components',
    items: [{ text: 'All components', link: '/components/' }, ...componentItems],
  },
  {
    text: 'Make it yours',
    items: [
      { text: 'Theming', link: '/theming' },
      { text: 'Languages', link: '/locales' },
      { text: 'Sizes', link: '/size' },
    ],
  },
  {
    text: 'Service lists',
    items: [
      { text: 'Data format guide', link: '/data-format' },
      { text: 'CSV template', link: '/csv' },
      ...SCHEMAS.map((s) => ({ text: `Reference: ${s.title}`, link: `/reference/${s.slug}` })),
    ],
  },
  {
    text: 'Operate',
    items: [
      { text: 'Intake server', link: '/server' },
      { text: 'Intake API', link: '/intake-api' },
      { text: 'Kiosk deployment', link: '/kiosk' },
    ],
  },
  {
    text: 'Trust',
    items: [
      { text: 'Security and privacy', link: '/security' },
      { text: 'Accessibility', link: '/accessibility' },
      { text: 'Changelog', link: '/changelog' },
      { text: 'Contributing', link: '/contributing' },
    ],
  },
];

const sidebarZh: DefaultTheme.SidebarItem[] = [
  {
    text: '开始',
    items: [
      { text: '概览', link: '/zh/' },
      { text: '快速上手', link: '/zh/getting-started' },
      { text: '文档导览（各页中文摘要）', link: '/zh/guide' },
    ],
  },
  {
    text: '组件（英文）',
    items: [{ text: '全部组件', link: '/components/' }, ...componentItems],
  },
  {
    text: '定制（英文）',
    items: [
      { text: '主题', link: '/theming' },
      { text: '语言', link: '/locales' },
      { text: '体积', link: '/size' },
    ],
  },
  {
    text: '服务事项清单（英文）',
    items: [
      { text: '数据格式', link: '/data-format' },
      { text: 'CSV 模板', link: '/csv' },
      ...SCHEMAS.map((s) => ({ text: `字段参考：${s.title}`, link: `/reference/${s.slug}` })),
    ],
  },
  {
    text: '运维（英文）',
    items: [
      { text: '受理服务器', link: '/server' },
      { text: '受理接口', link: '/intake-api' },
      { text: '自助终端部署', link: '/kiosk' },
    ],
  },
  {
    text: '安全与无障碍（英文）',
    items: [
      { text: '安全与个人信息保护', link: '/security' },
      { text: '无障碍声明', link: '/accessibility' },
      { text: '更新日志', link: '/changelog' },
    ],
  },
];

export default defineConfig({
  title: 'Yizhan 一站',
  description:
    'Open toolkit for China’s intellectual-property public services: web components, kiosk, catalogue format, intake server.',
  srcExclude: ['**/node_modules/**', 'site/**', 'test/**', 'e2e/**', 'scripts/**', 'README.md'],
  outDir: 'site/dist',
  cacheDir: 'site/cache',
  // Hash map and site data in a module file instead of an inline script (strict CSP).
  metaChunk: true,
  lastUpdated: false,
  // VueUse would inject a <style> element to pause transitions while switching dark mode; that is
  // inline style, refused by the site's CSP.
  appearance: { disableTransition: false },
  head: [
    ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
    ['meta', { name: 'theme-color', content: '#1a56a8' }],
  ],
  locales: {
    root: { label: 'English', lang: 'en' },
    zh: {
      label: '简体中文',
      lang: 'zh-CN',
      link: '/zh/',
      title: 'Yizhan 一站',
      description: '知识产权公共服务开源工具包：网页组件、自助终端、服务事项清单格式、受理服务器。',
      themeConfig: {
        nav: [
          { text: '快速上手', link: '/zh/getting-started' },
          { text: '组件', link: '/components/' },
          { text: '文档导览', link: '/zh/guide' },
        ],
        sidebar: sidebarZh,
        outline: { label: '本页目录' },
        docFooter: { prev: '上一页', next: '下一页' },
        returnToTopLabel: '回到顶部',
        sidebarMenuLabel: '目录',
        darkModeSwitchLabel: '深色模式',
        lightModeSwitchTitle: '切换到浅色模式',
        darkModeSwitchTitle: '切换到深色模式',
        langMenuLabel: '切换语言',
        skipToContentLabel: '跳到主要内容',
        notFound: { title: '页面不存在', quote: '', linkText: '回到首页', linkLabel: '回到首页' },
      },
    },
  },
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/getting-started' },
      { text: 'Components', link: '/components/' },
      { text: 'Theming', link: '/theming' },
      { text: 'Data format', link: '/data-format' },
    ],
    sidebar: sidebarEn,
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    externalLinkIcon: false,
    // Most pages exist in English only: the language menu goes to each locale's home page.
    i18nRouting: false,
  },
  markdown: {
    // GitHub's high-contrast code themes: every token colour reaches 4.5:1 (WCAG 1.4.3).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    codeTransformers: building ? [shikiClasses] : [],
  },
  vue: {
    template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('yz-') } },
  },
  vite: {
    publicDir: GENERATED_PUBLIC,
    plugins: [generatedBlocks()],
  },
  transformHtml(html, _id, { siteConfig }) {
    const base = siteConfig.site.base;
    const out = inlineStyles.transform(externalizeInlineScripts(html, siteConfig.outDir, base));
    return out.replace('</head>', `<link rel="stylesheet" href="${base}${CLASSES_CSS}">\n</head>`);
  },
  buildEnd(siteConfig) {
    mkdirSync(join(siteConfig.outDir, 'assets'), { recursive: true });
    writeFileSync(join(siteConfig.outDir, CLASSES_CSS), `${shikiClasses.getCSS()}\n${inlineStyles.css()}`);
  },
});
