import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ZOD_RULE = { name: 'zod', message: 'Import z from src/content/zod.ts: it sets zod up for the Content-Security-Policy (no new Function).' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'scenarios', 'public', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The engine is pure: it runs in the browser, a worker and Node, and replays exactly.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-*', 'zustand', 'zustand/*', 'framer-motion', 'motion', 'zod', 'node:*', '../*/**', '../content/*', '../state/*', '../ui/*'], message: 'The engine imports nothing outside src/engine.' }] }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in the game state.' }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'The engine has no clock.' }, { name: 'window', message: 'No DOM in the engine.' }, { name: 'document', message: 'No DOM in the engine.' }],
    },
  },
  {
    // Only the store talks to zustand; components render and dispatch. zod comes set up for the CSP from one module.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/**', 'src/content/zod.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zustand', message: 'Only src/state imports zustand.' }, ZOD_RULE] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zustand', message: 'Only src/state imports zustand.' }, ZOD_RULE],
        patterns: [{ group: ['**/engine/step*', '**/engine/resolve-year*'], message: 'The UI dispatches through the store; it never steps the engine.' }],
      }],
    },
  },
);
