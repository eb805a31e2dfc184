/**
 * npm test's static checks (type check, eslint, prettier), side by side: each is one process on
 * one core, so together they take the time of the slowest instead of the sum. Each check's output
 * is printed whole, in the order given, after it ends; the exit code is the first failure's.
 * Usage: node scripts/checks.js "<command>" ...
 */
const { spawn } = require("node:child_process");

const commands = process.argv.slice(2);
const runs = commands.map(
  (command) =>
    new Promise((done) => {
      const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (code, signal) => done({ command, output, code: code ?? (signal ? 1 : 0) }));
    }),
);

Promise.all(runs).then((results) => {
  for (const { command, output, code } of results) {
    if (output.trim()) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
    if (code !== 0) process.stderr.write(`${command}: exit code ${code}\n`);
  }
  process.exitCode = results.find((r) => r.code !== 0)?.code ?? 0;
});
