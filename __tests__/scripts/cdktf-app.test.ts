import "cdktf/lib/testing/adapters/jest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFINITION_FOLDERS } from "../../engine/discover";

// A small TypeScript project run by the real launcher: what it prints shows which build ran.
const repo = join(__dirname, "..", "..");
const project = mkdtempSync(join(tmpdir(), "cdktf-app-"));
const write = (file: string, text: string) => {
  mkdirSync(join(project, file, ".."), { recursive: true });
  writeFileSync(join(project, file), text);
};
write(
  "tsconfig.json",
  JSON.stringify({
    compilerOptions: {
      outDir: "dist",
      rootDir: ".",
      module: "commonjs",
      target: "ES2022",
      strict: true,
      // No @types/node and no DOM: the launcher's decisions do not depend on what the compiler
      // reads, and each of this file's dozen compiles then costs about a third of the CPU.
      lib: ["ES2022"],
      types: [],
      // As the project's own tsconfig: declaration files are not checked, only the sources.
      skipLibCheck: true,
      incremental: true,
      tsBuildInfoFile: "dist/.tsbuildinfo",
    },
    include: ["main.ts", "src/**/*.ts", "config/**/*.ts"],
  }),
);
write(
  "main.ts",
  'import { message } from "./src/message";\nimport { setting } from "./config/setting";\nconsole.log([message, setting, ...process.argv.slice(2)].join(" "));\n',
);
write("src/node.d.ts", "declare const console: { log(text: string): void };\ndeclare const process: { argv: string[] };\n");
write("config/setting.ts", 'export const setting: string = "s1";\n');
write("src/message.ts", 'export const message: string = "v1";\n');
write("src/extra.ts", "export const extra = 1;\n");
mkdirSync(join(project, "scripts"));
copyFileSync(join(repo, "scripts", "cdktf-app.js"), join(project, "scripts", "cdktf-app.js"));
copyFileSync(join(repo, "scripts", "build.js"), join(project, "scripts", "build.js"));
symlinkSync(join(repo, "node_modules"), join(project, "node_modules"));

const stamp = join(project, "dist", ".built");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(project, "scripts", "cdktf-app.js"), ...args], { cwd: tmpdir(), encoding: "utf8" });
const builtAt = () => (existsSync(stamp) ? statSync(stamp).mtimeMs : undefined);

afterAll(() => rmSync(project, { recursive: true, force: true }));

test("the first run builds, then runs the app with its arguments", () => {
  const result = run("--env", "staging");
  expect(result.status).toBe(0);
  expect(result.stdout).toBe("v1 s1 --env staging\n");
  expect(builtAt()).toBeDefined();
});

test("with nothing changed, the app runs without a build", () => {
  const before = builtAt();
  const result = run();
  expect(result.stdout).toBe("v1 s1\n");
  expect(builtAt()).toBe(before);
});

test("an edited source is built before the app runs", () => {
  const before = builtAt();
  write("src/message.ts", 'export const message: string = "v2";\n');
  expect(run().stdout).toBe("v2 s1\n");
  expect(builtAt()).not.toBe(before);
});

test("a deleted source counts as a change (its folder is newer)", () => {
  const before = builtAt();
  rmSync(join(project, "src", "extra.ts"));
  expect(run().stdout).toBe("v2 s1\n");
  expect(builtAt()).not.toBe(before);
});

test("a failed build stops with the compiler's exit code, runs nothing, and is retried next time", () => {
  const before = builtAt();
  write("src/message.ts", 'export const message: number = "v3";\n');
  for (let i = 0; i < 2; i++) {
    const result = run();
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("error TS2322");
    expect(result.stdout).not.toContain("v3\n");
    expect(builtAt()).toBe(before);
  }
  write("src/message.ts", 'export const message: string = "v4";\n');
  expect(run().stdout).toBe("v4 s1\n");
});

const fullBuildAt = () => statSync(join(project, "dist", ".tsbuildinfo")).mtimeMs;

test("an edited definition is type-checked and transpiled alone: no build of the whole project", () => {
  const full = fullBuildAt();
  const before = builtAt();
  write("config/setting.ts", 'export const setting: string = "s2";\n');
  expect(run().stdout).toBe("v4 s2\n");
  expect(builtAt()).not.toBe(before);
  expect(fullBuildAt()).toBe(full);
});

test("a type error in a definition stops with the compiler's message, runs nothing, and is checked again next time", () => {
  const before = builtAt();
  write("config/setting.ts", "export const setting: string = 3;\n");
  for (let i = 0; i < 2; i++) {
    const result = run();
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/config\/setting\.ts\(1,14\): error TS2322/);
    expect(result.stdout).not.toContain("v4");
    expect(builtAt()).toBe(before);
  }
  write("config/setting.ts", 'export const setting: string = "s3";\n');
  expect(run().stdout).toBe("v4 s3\n");
});

test("npm run build (scripts/build.js run alone) builds the whole project and stamps it: the launcher then builds nothing", () => {
  write("src/message.ts", 'export const message: string = "v5";\n');
  const full = fullBuildAt();
  const build = spawnSync(process.execPath, [join(project, "scripts", "build.js")], { cwd: tmpdir(), encoding: "utf8" });
  expect(build.status).toBe(0);
  expect(fullBuildAt()).not.toBe(full);
  const stamped = builtAt();
  expect(run().stdout).toBe("v5 s3\n");
  expect(builtAt()).toBe(stamped);
});

test("the launchers' definition folders are the ones definitions are read from", () => {
  expect(require(join(repo, "scripts", "build.js")).DEFINITION_FOLDERS).toEqual([...DEFINITION_FOLDERS]);
  expect(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).scripts.validate).toBe("node scripts/validate-app.js");
});

test("cdktf and npm run synth both use the launcher", () => {
  expect(JSON.parse(readFileSync(join(repo, "cdktf.json"), "utf8")).app).toBe("node scripts/cdktf-app.js");
  expect(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).scripts.synth).toBe("node scripts/cdktf-app.js");
});
