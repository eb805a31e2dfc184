/** Prettier's formatting of a file the import writes, with the project's settings. */
import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";

/**
 * Prettier's own CLI in a child process: its library loads through dynamic `import()`, which
 * jest's CommonJS runtime cannot run.
 */
export function formatted(root: string, file: string, text: string): string {
  const prettier = join(dirname(require.resolve("prettier/package.json", { paths: [root, __dirname] })), "bin", "prettier.cjs");
  const run = spawnSync(process.execPath, [prettier, "--stdin-filepath", file], { input: text, encoding: "utf8", cwd: root });
  if (run.status !== 0) throw new Error(`prettier could not format ${relative(root, file)}: ${run.stderr.trim()}`);
  return run.stdout;
}
