// Shared flat ESLint configs for Rollout (architecture §2, §4.2).
// Each workspace's eslint.config.js calls one factory with its own directory:
//   export default apiConfig({ tsconfigRootDir: import.meta.dirname });
// The lint packages are root devDependencies, hoisted to the root node_modules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { rolloutPlugin } from './rules/index.js';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];

/**
 * Tool configuration files: the only place `export default` is allowed (the tools demand it).
 * They are usually outside every tsconfig `include`, so type-aware rules are switched off for them
 * instead of using `allowDefaultProject` (which throws as soon as a tsconfig starts including the file).
 */
export const CONFIG_FILES = [
  '**/*.config.{ts,mts,cts,js,mjs,cjs}',
  '**/codegen.ts',
  '**/eslint.config.js',
];

export const DEFAULT_IGNORES = [
  '**/dist/',
  '**/src/gql/',
  '**/node_modules/',
  '**/coverage/',
  '**/.turbo/',
  '**/e2e/artifacts/',
];

// Packages are imported by name through their `exports`, never through src/ or dist/ (§1).
const BASE_IMPORT_PATTERNS = [
  {
    regex: '^@rollout/[^/]+/(src|dist)(/|$)',
    message: 'Import @rollout packages by name via their `exports`, never src/ or dist/ paths.',
  },
  {
    regex: '^@rollout/(api|web)(/|$)',
    message: 'Apps never import each other; schema.graphql is the only api/web coupling.',
  },
  {
    regex: '^(\\.\\./)+(apps|packages)/',
    message: 'Never reach into another workspace by relative path; import the package by name.',
  },
];

// packages/domain depends on nothing but zod and date-fns (§1): no framework, database or I/O.
const DOMAIN_IMPORT_PATTERNS = [
  {
    regex: '^(@nestjs/|typeorm$|pg$|graphql$|react($|/|-dom)|@apollo/)',
    message: '@rollout/domain is framework-free: no Nest, TypeORM, pg, GraphQL, React or Apollo.',
  },
  {
    regex: '^node:(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)(/|$)',
    message: '@rollout/domain does no I/O.',
  },
  {
    // Same modules without the `node:` prefix, so the ban cannot be sidestepped.
    regex: '^(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)(/|$)',
    message: '@rollout/domain does no I/O.',
  },
];

const PROCESS_ENV_BAN = {
  properties: [
    {
      object: 'process',
      property: 'env',
      message: 'Read configuration through the validated config in src/config/ (§4.1 rule 15).',
    },
  ],
  imports: [
    { name: 'node:process', importNames: ['env'], message: 'Use src/config/ instead of process.env.' },
    { name: 'process', importNames: ['env'], message: 'Use src/config/ instead of process.env.' },
  ],
};

function requireRootDir(options, factory) {
  const tsconfigRootDir = options?.tsconfigRootDir;
  if (typeof tsconfigRootDir !== 'string' || tsconfigRootDir === '') {
    throw new Error(
      `@rollout/eslint-config ${factory}(): pass { tsconfigRootDir: import.meta.dirname } from eslint.config.js`,
    );
  }
  return tsconfigRootDir;
}

function restrictedImports(patterns, paths = []) {
  return ['error', { paths, patterns }];
}

/**
 * Rules shared by every workspace.
 * @param {{ tsconfigRootDir: string, ignores?: string[], importPatterns?: object[], importPaths?: object[] }} options
 */
function shared(options, factory) {
  const tsconfigRootDir = requireRootDir(options, factory);
  const importPatterns = [...BASE_IMPORT_PATTERNS, ...(options.importPatterns ?? [])];
  const importPaths = options.importPaths ?? [];
  return [
    globalIgnores([...DEFAULT_IGNORES, ...(options.ignores ?? [])], 'rollout/ignores'),
    {
      name: 'rollout/javascript',
      files: [...TS_FILES, ...JS_FILES],
      extends: [js.configs.recommended],
      rules: {
        // Named exports only (§4.2); config files are exempted below.
        'no-restricted-exports': [
          'error',
          {
            restrictDefaultExports: {
              direct: true,
              named: true,
              defaultFrom: true,
              namedFrom: true,
              namespaceFrom: true,
            },
          },
        ],
        'no-restricted-imports': restrictedImports(importPatterns, importPaths),
      },
    },
    {
      name: 'rollout/typescript',
      files: TS_FILES,
      extends: [tseslint.configs.recommendedTypeChecked],
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
        '@typescript-eslint/switch-exhaustiveness-check': 'error',
        '@typescript-eslint/no-non-null-assertion': 'error',
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
        ],
      },
    },
    {
      name: 'rollout/project-rules',
      files: [...TS_FILES, ...JS_FILES],
      plugins: { rollout: rolloutPlugin },
      rules: {
        'rollout/operations-declare-roles': 'error',
        'rollout/no-focused-or-skipped-tests': 'error',
      },
    },
    {
      name: 'rollout/config-files',
      files: CONFIG_FILES,
      extends: [tseslint.configs.disableTypeChecked],
      languageOptions: { globals: { ...globals.node } },
      rules: { 'no-restricted-exports': 'off' },
    },
    {
      // Plain JS (eslint.config.js, scripts) is parsed without type information.
      name: 'rollout/plain-js',
      files: JS_FILES,
      extends: [tseslint.configs.disableTypeChecked],
      languageOptions: { globals: { ...globals.node } },
    },
  ];
}

/**
 * Workspaces without a framework-specific variant.
 * @param {{ tsconfigRootDir: string, ignores?: string[] }} options
 */
export function baseConfig(options) {
  return defineConfig(shared(options, 'baseConfig'));
}

/**
 * apps/api (NestJS): Node globals; `process.env` only inside src/config/ (and tool config files
 * and tests, which run outside the app and hand the environment to child processes).
 * @param {{ tsconfigRootDir: string, ignores?: string[] }} options
 */
export function apiConfig(options) {
  return defineConfig(
    shared({ ...options, importPaths: PROCESS_ENV_BAN.imports }, 'apiConfig'),
    {
      name: 'rollout/api/globals',
      files: [...TS_FILES, ...JS_FILES],
      languageOptions: { globals: { ...globals.node } },
    },
    {
      name: 'rollout/api/process-env',
      files: [...TS_FILES, ...JS_FILES],
      ignores: ['src/config/**', 'test/**', ...CONFIG_FILES],
      rules: { 'no-restricted-properties': ['error', ...PROCESS_ENV_BAN.properties] },
    },
    {
      name: 'rollout/api/process-env-config',
      files: ['src/config/**', 'test/**', ...CONFIG_FILES],
      rules: {
        'no-restricted-imports': restrictedImports(BASE_IMPORT_PATTERNS),
      },
    },
  );
}

/**
 * apps/web (React + Vite): browser globals and React Hooks rules; Node globals for
 * tool configs and the e2e suite (which boots the built app from Node).
 * @param {{ tsconfigRootDir: string, ignores?: string[] }} options
 */
export function webConfig(options) {
  return defineConfig(
    shared(options, 'webConfig'),
    {
      name: 'rollout/web/react',
      files: TS_FILES,
      extends: [reactHooks.configs.flat['recommended-latest']],
      languageOptions: { globals: { ...globals.browser } },
    },
    {
      name: 'rollout/web/node-side',
      files: ['e2e/**', ...CONFIG_FILES],
      languageOptions: { globals: { ...globals.node } },
    },
  );
}

/**
 * packages/domain: pure business rules. Framework, database and I/O imports are banned with no
 * exemptions (tests included), and so is `process.env`.
 * @param {{ tsconfigRootDir: string, ignores?: string[] }} options
 */
export function domainConfig(options) {
  const dynamicImportBans = DOMAIN_IMPORT_PATTERNS.map(({ regex, message }) => ({
    // esquery regex literals cannot contain '/', so spell it \u002F.
    selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\u002F')}/]`,
    message,
  }));
  return defineConfig(
    shared({ ...options, importPatterns: DOMAIN_IMPORT_PATTERNS }, 'domainConfig'),
    {
      name: 'rollout/domain/dynamic-imports',
      files: [...TS_FILES, ...JS_FILES],
      rules: { 'no-restricted-syntax': ['error', ...dynamicImportBans] },
    },
    {
      name: 'rollout/domain/process-env',
      files: [...TS_FILES, ...JS_FILES],
      ignores: CONFIG_FILES,
      rules: {
        'no-restricted-properties': [
          'error',
          {
            object: 'process',
            property: 'env',
            message: '@rollout/domain takes values as arguments, never from the environment.',
          },
        ],
      },
    },
  );
}
