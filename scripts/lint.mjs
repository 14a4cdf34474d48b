#!/usr/bin/env node
// `npm run lint`: the rules of docs/architecture.md as code, plus Biome's linter and formatter.
//  1. Biome (lint + format check; `npx biome check --write .` fixes what it can)
//  2. dependency-cruiser with .dependency-cruiser.cjs; the known exceptions in
//     .dependency-cruiser-known-violations.json are ignored, new violations fail
//  3. the exception list may only shrink: an entry that no longer occurs fails until it is removed
//  4. no import cycle between folders of src/ (modules, layers), table definitions aside
//  5. no file under src/ longer than 400 lines
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const knownFile = '.dependency-cruiser-known-violations.json';
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(message);
};

console.log('==> biome');
const biome = spawnSync(process.execPath, [path.join(root, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '--colors=off', '--reporter=summary', '.'], {
  stdio: 'inherit',
});
if (biome.status !== 0) fail('biome: lint or format problems (npx biome check --write . fixes most)');

console.log('==> dependency rules');
const { default: config } = await import(path.join(root, '.dependency-cruiser.cjs'));
const known = JSON.parse(fs.readFileSync(knownFile, 'utf8'));
const result = await cruise(['src', 'test', 'bench'], { ruleSet: config, validate: true, ...config.options }, undefined, undefined);
const violations = result.output.summary.violations;
const key = (v) => `${v.rule.name} ${v.from} → ${v.to}`;
const knownKeys = new Set(known.map(key));
const currentKeys = new Set(violations.map(key));
const fresh = violations.filter((v) => !knownKeys.has(key(v)));
for (const v of fresh) fail(`  ${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`);
const stale = known.filter((v) => !currentKeys.has(key(v)));
for (const v of stale) fail(`  no longer a violation, remove it from ${knownFile}: ${key(v)}`);
console.log(`${violations.length} violations, ${violations.length - fresh.length} of them known exceptions; ${fresh.length} new, ${stale.length} stale`);

console.log('==> folder cycles');
const folderOf = (file) => {
  const m = file.match(/^src\/(modules\/[^/]+|[^/]+)\//);
  return m ? m[1] : file.startsWith('src/') ? 'src' : undefined;
};
const isTest = (file) => /\.test\.tsx?$|\.fixture\.ts$|test-support\.ts$/.test(file);
const graph = new Map();
for (const module of result.output.modules) {
  const from = folderOf(module.source);
  if (!from || isTest(module.source)) continue;
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    // foreign keys and the schema aggregate import table definitions both ways: that is the schema
    if (!to || to === from || /\.tables\.ts$|^src\/db\/schema\.ts$/.test(dependency.resolved)) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.get(from).has(to)) graph.get(from).set(to, `${module.source} → ${dependency.resolved}`);
  }
}
for (const cycle of stronglyConnected(graph)) {
  fail(`  folders import each other: ${cycle.join(', ')}`);
  for (const a of cycle) for (const [b, example] of graph.get(a) ?? []) if (cycle.includes(b)) fail(`    ${a} → ${b}: ${example}`);
}

console.log('==> file length');
for (const file of walk('src')) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines > 400) fail(`  ${file}: ${lines} lines (at most 400)`);
}

process.exit(failed ? 1 : 0);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.(ts|tsx|mjs|js|css)$/.test(entry.name) ? [full] : [];
  });
}

/** Tarjan's strongly connected components with more than one member. */
function stronglyConnected(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let next = 0;
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return components;
}
