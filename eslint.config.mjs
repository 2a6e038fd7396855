// Lint: TypeScript recommended rules, plus the architecture's one hard boundary: the core
// (parse, time, rules, engine) never imports editor or LSP types, so the CLI and tests can use it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'action/dist/', 'out/', 'node_modules/', '.test-artifacts/', '.vscode-test/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['server/src/{parse,time,rules,engine,templates}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The core (parse, time, rules, engine) must not depend on editor or LSP types.' },
            { group: ['**/features/**', '**/server', '**/cli/**', '**/client/**'], message: 'Imports flow one way: parse → rules → engine → features → server.' },
          ],
        },
      ],
    },
  },
  {
    // The markdownlint rules run inside markdownlint, like the CLI: the engine, never editor or LSP code.
    files: ['server/src/markdownlint/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The markdownlint rules run in markdownlint, not an editor.' },
            { group: ['**/features/**', '**/server', '**/client/**'], message: 'The markdownlint rules are an edge beside the CLI: they import the engine.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      // Besides the protocol, two editor-free pieces New Postmortem runs without the server: detection (a line scan) and the templates.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/server/src/(?!(?:protocol|parse/detect|templates/[\\w-]+)$)',
              message: 'The client imports only the shared protocol file, parse/detect and templates/ from the server.',
            },
          ],
        },
      ],
    },
  },
);
