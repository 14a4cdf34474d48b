/**
 * Gremia's dependency rule as code (docs/architecture.md explains it). `npm run lint` runs it;
 * `.dependency-cruiser-known-violations.json` lists the exceptions that exist today. New code may
 * not add to that list, and scripts/lint.mjs fails when an entry no longer occurs, so it only shrinks.
 *
 * Layers, from the bottom: lib, config → db, infra → access → http, ui → modules → app, cli.
 * Tests (`*.test.ts`, `test/`) sit above everything and may reach what they test.
 */
const test = '(\\.test\\.tsx?$|\\.fixture\\.ts$|test-support\\.ts$|^test/)';
const below = {
  lib: '^src/lib/',
  db: '^src/db/',
  infra: '^src/infra/',
  access: '^src/access/',
  http: '^src/http/',
  ui: '^src/ui/',
  modules: '^src/modules/',
  top: '^src/(app|cli)/',
};

/** A module's web-facing files (views, routes, request parameters, page links, what it adds to other pages' slots). */
const web = '^src/modules/[^/]+/(views/|[^/]+\\.(routes|page|params|links|slots)\\.tsx?$)';
/** Every other file of a module is domain code; its index.ts may re-export both. */
const webFacing = [web, '^src/modules/[^/]+/index\\.ts$'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of files means neither can be understood, tested or moved alone.',
      from: { pathNot: test },
      to: { circular: true, viaOnly: { pathNot: test } },
    },
    {
      name: 'layers-lib',
      severity: 'error',
      comment: 'lib/ holds pure helpers: it imports nothing of Gremia but itself.',
      from: { path: below.lib, pathNot: test },
      to: { path: '^src/', pathNot: below.lib },
    },
    {
      name: 'layers-db',
      severity: 'error',
      comment: 'The database layer knows no HTTP and no domain, except the schema aggregate gathering every module\'s tables.',
      from: { path: below.db, pathNot: [test, '^src/db/schema\\.ts$'] },
      // db/columns.ts names the bodies table for the body_id foreign key every table carries
      to: { path: [below.infra, below.access, below.http, below.ui, below.modules, below.top], pathNot: '^src/modules/bodies/bodies\\.tables\\.ts$' },
    },
    {
      name: 'layers-db-schema',
      severity: 'error',
      comment: 'The schema aggregate imports table definitions only.',
      from: { path: '^src/db/schema\\.ts$' },
      to: { path: below.modules, pathNot: '\\.tables\\.ts$' },
    },
    {
      name: 'layers-infra',
      severity: 'error',
      comment: 'Adapters to the outside world (SMTP, file storage) know nothing of the domain or the web.',
      from: { path: below.infra, pathNot: test },
      to: { path: [below.access, below.http, below.ui, below.modules, below.top] },
    },
    {
      name: 'layers-access',
      severity: 'error',
      comment: 'The visibility policy sits below every module: modules ask it, it never asks them.',
      from: { path: below.access, pathNot: test },
      to: { path: [below.http, below.ui, below.modules, below.top] },
    },
    {
      name: 'layers-kit',
      severity: 'error',
      comment: 'The HTTP kit and the view kit serve every module and know none of them.',
      from: { path: [below.http, below.ui], pathNot: test },
      to: { path: [below.modules, below.top] },
    },
    {
      name: 'no-composition-root',
      severity: 'error',
      comment: 'Only the command line and tests may reach the composition root (app/) or the CLI.',
      from: { path: '^src/', pathNot: [test, below.top] },
      to: { path: below.top },
    },
    {
      name: 'domain-without-http',
      severity: 'error',
      comment: 'Queries, rules and tables do not know HTTP: they can run from the CLI, a job or a test.',
      from: { path: below.modules, pathNot: [test, ...webFacing] },
      to: { path: [below.http, below.ui, '^node_modules/(fastify|@fastify)/', web] },
    },
    {
      name: 'module-through-index',
      severity: 'error',
      comment: 'Another module is used through its index.ts, its one public surface.',
      from: { path: '^src/modules/([^/]+)/', pathNot: test },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$', '\\.tables\\.ts$'] },
    },
    {
      name: 'tables-owned',
      severity: 'error',
      comment: 'A module\'s tables are read and written by that module; others ask its index.ts. Only db/schema.ts and the policy may import them.',
      // a table's foreign keys name other tables: that is the schema, not a use of them
      from: { path: '^src/modules/([^/]+)/', pathNot: [test, '\\.tables\\.ts$'] },
      to: { path: '\\.tables\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'tables-outside-modules',
      severity: 'error',
      comment: 'Outside the modules only the schema aggregate and the visibility policy import table definitions.',
      from: { path: '^src/', pathNot: [test, below.modules, '^src/db/(schema|columns)\\.ts$', below.access] },
      to: { path: '\\.tables\\.ts$' },
    },
    {
      name: 'no-tests-in-production',
      severity: 'error',
      comment: 'Production code never imports a test or a test helper.',
      from: { path: '^src/', pathNot: test },
      to: { path: test },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
