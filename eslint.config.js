import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { LAYERS } from './tests/layers.js';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'screenshots/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 450, skipBlankLines: true, skipComments: true }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The data layer's rules (ARCHITECTURE §3.1): SQL is prepared once per project and cached;
    // per-project state lives on the Project object, where closing the project drops it.
    files: ['src-main/**/*.{ts,tsx}'],
    ignores: ['src-main/core/data/statements.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'Use prepared(p, sql) or preparedValue(p, sql) from src-main/core/data/statements: statements are prepared once per project (db/ may prepare its own).',
        },
        { selector: "NewExpression[callee.name='WeakMap']", message: 'Keep per-project state on the Project object (core/session/project.ts), not in a module-level WeakMap.' },
      ],
    },
  },
  ...LAYERS.map(({ folder, forbidden }) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: forbidden, message: `${folder} may not import this (ARCHITECTURE §3.1)`, allowTypeImports: folder === 'src-renderer' }] },
      ],
    },
  })),
);
