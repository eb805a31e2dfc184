/**
 * npm test's static checks run side by side (scripts/checks.js): a failing one must still fail
 * npm test, and every check's output must reach the reader whole and in order.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const CHECKS = join(__dirname, "..", "..", "scripts", "checks.js");

test("npm test builds (type-checks) and lints side by side, then runs jest", () => {
  const scripts = require("../../package.json").scripts as Record<string, string>;
  expect(scripts.test).toMatch(/^node scripts\/checks\.js .*node scripts\/build\.js.* .*eslint .*prettier --check .*&& jest$/);
  expect(scripts.build).toBe("node scripts/build.js");
});

test("every check runs; the first failure's exit code is the runner's; each output is printed whole, in order", () => {
  const result = spawnSync(process.execPath, [CHECKS, "sleep 0.2; echo first", "echo second >&2; exit 3", "echo third; exit 4"], {
    encoding: "utf8",
  });
  expect(result.status).toBe(3);
  expect(result.stdout).toBe("first\nsecond\nthird\n");
  expect(result.stderr).toBe("echo second >&2; exit 3: exit code 3\necho third; exit 4: exit code 4\n");
});

test("all checks passing exit 0", () => {
  expect(spawnSync(process.execPath, [CHECKS, "true", "echo ok"], { encoding: "utf8" }).status).toBe(0);
});
