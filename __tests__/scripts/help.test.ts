/**
 * Every npm script that runs one of scripts/*.ts answers --help with its usage and exit codes,
 * and does nothing else: a script that read process.argv itself would start its work instead
 * (the bench would time synths, verify would start the servers).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
const entries = Object.entries(scripts).flatMap(([name, command]) => {
  // Run directly (node dist/scripts/x.js) or through a launcher that builds first (node scripts/x-app.js).
  const m = /node (?:dist\/scripts\/([\w-]+)\.js|scripts\/(validate)-app\.js)/.exec(command);
  return m ? [[name, m[1] ?? m[2]] as const] : [];
});

test("the package's scripts are found", () => {
  expect(entries.map(([name]) => name)).toEqual(expect.arrayContaining(["verify", "catalog", "review", "validate", "bench"]));
});

test.each(entries)("npm run %s -- --help prints its usage and runs nothing", async (name, file) => {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((t) => ((out += String(t)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((t) => ((err += String(t)), true));
  const log = jest.spyOn(console, "log").mockImplementation((...a) => void (out += `${a.join(" ")}\n`));
  const [argv, exitCode] = [process.argv, process.exitCode];
  process.argv = [process.execPath, join(ROOT, "dist", "scripts", `${file}.js`), "--help"];
  process.exitCode = undefined;
  try {
    jest.isolateModules(() => require(join(ROOT, "scripts", `${file}.ts`)));
    await new Promise((done) => setImmediate(done));
    expect({ err, code: process.exitCode ?? 0 }).toEqual({ err: "", code: 0 });
    expect(out.startsWith(`usage: npm run ${name}`)).toBe(true);
    expect(out).toContain("exit codes: 0 ok, 1 problems in the definitions, 2 usage or a missing tool");
  } finally {
    [process.argv, process.exitCode] = [argv, exitCode];
    o.mockRestore();
    e.mockRestore();
    log.mockRestore();
  }
});
