import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.cache/**',
      '**/.vite/**',
      '**/out/**',
      'docs/site/**',
      'packages/search/src/generated/**',
      'demo/public/bundle/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` needs a reason: disable the rule on that line with `-- why`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['widgets/**/*.ts', 'kiosk/src/renderer/**/*.ts', 'demo/src/**/*.ts', 'docs/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['widgets/**/*.ts', 'kiosk/src/renderer/**/*.ts', 'demo/src/**/*.ts', 'docs/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Command-line tools, scripts, benchmarks and tests print on purpose.
    files: [
      'scripts/**',
      '**/bench/**',
      '**/scripts/**',
      'packages/cli/**',
      '**/*.test.ts',
      '**/e2e/**',
      '**/*.config.*',
    ],
    rules: { 'no-console': 'off' },
  },
);
