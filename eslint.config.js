import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// The architecture of CONTRIBUTING.md, enforced. Each folder below is an element; boundaries/dependencies
// lists what each may import (anything not listed is an error), and the last matching policy wins.
const elements = [
  { type: 'flow', pattern: 'src/flow' },
  { type: 'shared', pattern: 'src/shared' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'api', pattern: 'src/api' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'service-worker', pattern: 'src/service-worker' },
  { type: 'entry', pattern: 'src' },
  { type: 'server', pattern: 'server' },
  { type: 'test-support', pattern: 'test/support' },
  { type: 'tests', pattern: 'test' },
  { type: 'bench', pattern: 'bench' },
  { type: 'scripts', pattern: 'scripts' },
  { type: 'docs', pattern: 'docs' },
].map((e) => ({ partialMatch: false, ...e }));

// Test code inside src/: the test files and the helpers only they may use.
const files = [
  { category: 'test', pattern: '**/*.test.{ts,tsx}' },
  {
    category: 'testing',
    pattern: ['src/**/testing.{ts,tsx}', 'src/**/testing/**', 'src/**/fixtures.ts', 'src/**/*-stub.{ts,tsx}'],
  },
  { category: 'source', pattern: '**' },
];

const from = (...types) => ({ element: { types: { anyOf: types } } });
const to = (...types) => ({ to: from(...types) });
const APP_CODE = [
  'flow',
  'shared',
  'i18n',
  'api',
  'ui',
  'feature',
  'app',
  'service-worker',
  'entry',
  'server',
];

const policies = [
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  { allow: { dependency: { relationship: { to: 'internal' } } } },
  { from: from('i18n'), allow: to('flow', 'shared') },
  { from: from('api'), allow: to('flow', 'shared') },
  { from: from('ui'), allow: to('api', 'flow', 'shared', 'i18n') },
  // Not another feature: a feature's own files are one element (internal), its siblings are not.
  { from: from('feature'), allow: to('api', 'flow', 'shared', 'ui', 'i18n') },
  { from: from('app'), allow: to('feature', 'api', 'flow', 'shared', 'ui', 'i18n') },
  { from: from('service-worker'), allow: to('shared') },
  { from: from('entry'), allow: to('app', 'service-worker', 'i18n', 'shared') },
  { from: from('server'), allow: to('flow', 'shared') },
  { from: from('test-support'), allow: to('server', 'flow', 'shared') },
  { from: from('tests'), allow: { to: { module: { origin: 'local' } } } },
  { from: from('bench', 'scripts'), allow: to('server', 'flow', 'shared', 'test-support') },
  {
    from: { file: { categories: { anyOf: ['test', 'testing'] } } },
    allow: to('test-support', 'server', 'docs'),
  },
  {
    from: { ...from('flow', 'shared'), file: { categories: 'source' } },
    disallow: [
      { to: { module: { origin: 'core' } } },
      { to: { module: { source: ['react', 'react-dom'] } } },
    ],
    message: 'src/flow and src/shared are pure TypeScript: no React, DOM or Node.',
  },
  {
    from: { ...from(...APP_CODE), file: { categories: 'source' } },
    disallow: [to('tests', 'test-support'), { to: { file: { categories: { anyOf: ['test', 'testing'] } } } }],
    message: 'The app and the server never import test code or test support.',
  },
  {
    from: from('bench', 'scripts'),
    disallow: [to('tests'), { to: { file: { categories: { anyOf: ['test', 'testing'] } } } }],
    message: 'Benchmarks and scripts import only test/support, never a test or its helpers.',
  },
];

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.json'];

// Focused and skipped tests: a run that passes must have run everything.
const NO_SKIPS = ['describe', 'it', 'test'].flatMap((object) =>
  ['only', 'skip', 'skipIf', 'runIf', 'todo'].map((property) => ({
    object,
    property,
    message: 'Every test runs, always: no focused, skipped or conditional tests.',
  })),
);
const NO_ENV = {
  object: 'process',
  property: 'env',
  message: 'Read the environment in server/config.ts (the server) or test/support/tool-env.ts (tools).',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'test/e2e/output', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/files-single-match': true,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'import/resolver': { node: { extensions: EXTENSIONS } },
      'import-x/resolver-next': [createNodeResolver({ extensions: EXTENSIONS })],
      'import-x/extensions': EXTENSIONS,
      // Its minified bundle overflows the parser's stack; it cannot import our files back anyway.
      'import-x/ignore': ['@electric-sql/pglite'],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-properties': ['error', NO_ENV, ...NO_SKIPS],
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, checkInternals: true, policies },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['server/config.ts', 'test/support/tool-env.ts'],
    rules: { 'no-restricted-properties': ['error', ...NO_SKIPS] },
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
);
