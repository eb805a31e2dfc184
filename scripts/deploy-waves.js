#!/usr/bin/env node
/**
 * Prints GitHub step outputs for the stacks of one environment, read from the manifest cdktf
 * writes (so a new target or team stack needs no workflow edit):
 *   <env>-stacks         every stack, sorted
 *   <env>-wave0..wave2   the stacks grouped by the depth of their dependencies: wave 0 has none,
 *                        each later wave depends only on earlier ones
 *   <env>-dependencies   { stack: [the stacks it reads from] }, for stacks that have any
 * Usage: node scripts/deploy-waves.js cdktf.out/manifest.json <env>
 */
const { readFileSync } = require("node:fs");

/** The number of wave jobs each stage of .github/workflows/deploy.yml has. */
const WAVES = 3;

function waves(stacks) {
  const depth = new Map();
  const depthOf = (name, seen = new Set()) => {
    if (depth.has(name)) return depth.get(name);
    if (!stacks[name]) throw new Error(`a stack depends on ${name}, which is not in this manifest`);
    if (seen.has(name)) throw new Error(`dependency cycle through ${name}`);
    seen.add(name);
    const d = Math.max(-1, ...stacks[name].dependencies.map((dep) => depthOf(dep, seen))) + 1;
    depth.set(name, d);
    return d;
  };
  const out = Array.from({ length: WAVES }, () => []);
  for (const name of Object.keys(stacks).sort()) {
    const d = depthOf(name);
    if (d >= WAVES) throw new Error(`${name} is ${d} dependencies deep; the deploy workflow has ${WAVES} waves per environment`);
    out[d].push(name);
  }
  return out;
}

function main() {
  const [manifest, env] = process.argv.slice(2);
  if (!manifest || !env) {
    process.stderr.write("usage: node scripts/deploy-waves.js <manifest.json> <environment>\n");
    return 2;
  }
  const stacks = JSON.parse(readFileSync(manifest, "utf8")).stacks;
  const names = Object.keys(stacks).sort();
  const dependencies = Object.fromEntries(
    names.filter((n) => stacks[n].dependencies.length).map((n) => [n, [...stacks[n].dependencies].sort()]),
  );
  console.log(`${env}-stacks=${JSON.stringify(names)}`);
  waves(stacks).forEach((w, i) => console.log(`${env}-wave${i}=${JSON.stringify(w)}`));
  console.log(`${env}-dependencies=${JSON.stringify(dependencies)}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`error: ${error.message}\n`);
  process.exitCode = 1;
}
