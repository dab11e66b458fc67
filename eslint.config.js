// ESLint (flat config) with typescript-eslint's recommended rules, plus the layering rule of STYLE.md: the data
// layer, the database layer and the domain know nothing of GraphQL (they throw domain errors; src/graphql/errors.ts
// maps them to codes).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j-runner/', '.neo4j/', 'data/', '**/generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_name` marks a value kept on purpose (a destructured property left out, an unused callback argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read JSON answers whose shape the assertions themselves check.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/db/**/*.ts', 'src/data/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^graphql($|/)', message: 'The data layer throws domain errors (src/domain/errors.ts); only src/graphql knows GraphQL.' },
            { regex: '^@apollo/', message: 'The data layer knows nothing of the GraphQL server.' },
            { regex: '(^|/)graphql/', message: 'The data layer must not import from src/graphql.' },
          ],
        },
      ],
    },
  },
);
