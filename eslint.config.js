// One linter: typescript-eslint's recommended rules and three type-aware ones (promises), and
// no-unsanitized so that no page text can reach an HTML sink.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // As Mozilla's add-on linter has it: a dynamic import only of a file of our own package.
      'no-unsanitized/method': [
        'error',
        {},
        { import: { escape: { methods: ['chrome.runtime.getURL', 'browser.runtime.getURL'] } } },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Page text must never become markup: build DOM nodes or use Preact.',
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Type-aware rules: a promise nobody awaits or handles, or one passed where a plain function is
  // expected, loses its errors. A deliberate `void` says why where it stands.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
