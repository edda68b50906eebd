import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine runs in a worker, in Node for the CLI and in Vitest: it must not touch UI libraries, the DOM,
// timers or non-deterministic sources. Results must be reproducible from input (and a seed) alone.
const engineImportBans = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'monaco-editor',
  'monaco-editor/*',
  '@monaco-editor/react',
  'monaco-yaml',
  '@xyflow/react',
  '@xyflow/*',
  'motion',
  'motion/*',
  'framer-motion',
].map((name) => ({ name, message: 'src/engine is pure TypeScript: no UI libraries.' }));

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [], patterns: engineImportBans.map((b) => ({ group: [b.name], message: b.message })) },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'fetch',
          'XMLHttpRequest',
          'setTimeout',
          'setInterval',
          'requestAnimationFrame',
          'Date',
          'performance',
          'crypto',
        ].map((name) => ({
          name,
          message: 'src/engine is pure: no DOM, timers, clocks or randomness (take a seed).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/engine is deterministic: take a seed.' },
      ],
    },
  },
  {
    // The worker adapter is the one engine file that talks to its host.
    files: ['src/engine/worker.ts'],
    languageOptions: { globals: { self: 'readonly', postMessage: 'readonly' } },
  },
);
