import { i18nFor } from '@yizhan/i18n/node';
import { escapeHtml } from './receipt.js';

/**
 * Pages the shell shows by itself when the renderer cannot run: a broken config file, a
 * renderer that keeps crashing, no verified content. Static, script-free, in Chinese first and
 * then English (the config may be what is broken, so the configured language is unknown).
 */
export type ShellPage = 'config-error' | 'maintenance' | 'no-content';

const TITLE: Record<ShellPage, string> = {
  'config-error': 'configErrorTitle',
  maintenance: 'maintenanceTitle',
  'no-content': 'noContentTitle',
};
const HELP: Record<ShellPage, string> = {
  'config-error': 'configErrorHelp',
  maintenance: 'maintenanceHelp',
  'no-content': 'noContentHelp',
};

export function renderShellPage(page: ShellPage, details: readonly string[] = [], langs = ['zh-CN', 'en']): string {
  const blocks = langs
    .map((lang) => {
      const { t } = i18nFor(lang);
      return `<section lang="${escapeHtml(lang)}"><h1>${escapeHtml(t(`kiosk:shell.${TITLE[page]}`))}</h1><p>${escapeHtml(
        t(`kiosk:shell.${HELP[page]}`),
      )}</p></section>`;
    })
    .join('');
  const list = details.length ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Yizhan</title>
<link rel="stylesheet" href="app://kiosk/__shell/shell.css"></head><body>${blocks}${list}</body></html>`;
}

/** Styles live in their own response: the app CSP allows no inline style. */
export const SHELL_CSS = `html{font:28px/1.5 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f4f1ea;color:#1a1a1a}
body{max-width:40em;margin:10vh auto;padding:0 1em}h1{font-size:1.6em;margin:.2em 0}section{margin-bottom:2em}
ul{font:18px/1.4 monospace;background:#fff;padding:1em 1.5em;border-left:6px solid #b3261e;word-break:break-all}`;
