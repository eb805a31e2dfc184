#!/usr/bin/env node
/**
 * Prints GitHub step outputs wave0..wave2: the stacks of cdktf's manifest grouped by the depth
 * of their dependencies, so each wave deploys after the stacks it reads from.
 * Usage: node scripts/deploy-waves.js cdktf.out/manifest.json
 */
const { readFileSync } = require("node:fs");

const WAVES = 3;
const stacks = JSON.parse(readFileSync(process.argv[2], "utf8")).stacks;
const depth = new Map();
const depthOf = (name, seen = new Set()) => {
  if (depth.has(name)) return depth.get(name);
  if (seen.has(name)) throw new Error(`dependency cycle through ${name}`);
  seen.add(name);
  const d = Math.max(-1, ...stacks[name].dependencies.map((dep) => depthOf(dep, seen))) + 1;
  depth.set(name, d);
  return d;
};
const waves = Array.from({ length: WAVES }, () => []);
for (const name of Object.keys(stacks).sort()) {
  const d = depthOf(name);
  if (d >= WAVES) throw new Error(`${name} is ${d} dependencies deep; the deploy workflow has ${WAVES} waves`);
  waves[d].push(name);
}
waves.forEach((w, i) => console.log(`wave${i}=${JSON.stringify(w)}`));
