import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// The dependency direction of DESIGN.md, enforced: src/flow imports nothing of ours; server/ takes only
// src/flow (and src/shared, plain values both sides need) from the web app; features do not import each
// other (they are composed in src/app); src/api imports neither features nor src/app.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'test/e2e/output', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: [
      'server/**/*.ts',
      'test/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.{ts,js,mjs}',
      '*.config.{ts,js}',
      '.ci/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/flow/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['src/flow/**/*.test.ts', 'src/shared/**/*.test.ts'],
    rules: restrict([
      {
        group: ['react', 'react-dom', 'react/*', 'node:*', '../*', '!./*'],
        message: 'src/flow and src/shared are pure: no React, DOM, Node or other app code.',
      },
    ]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+src/(?!flow/|shared/)',
        message: 'server/ may import src/flow and src/shared only.',
      },
    ]),
  },
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: {
      ...restrict([
        {
          regex: '^(\\.\\./)+(features|app)(/|$)',
          message: 'src/api imports neither src/features nor src/app.',
        },
      ]),
      // no-restricted-imports does not look at import(): the same rule for a lazy import
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(\\.\\.\\/)+(features|app)(\\/|$)/]',
          message: 'src/api imports neither src/features nor src/app.',
        },
      ],
    },
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+features/',
        message: 'Features do not import each other; compose them in src/app.',
      },
    ]),
  },
);
