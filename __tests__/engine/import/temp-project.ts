/**
 * A project on disk for import tests: the engine's fixture organisation copied to a temporary
 * folder, its definitions importing the API of this checkout, with node_modules and engine/
 * linked, so a file an import writes there (importing "../engine/definitions") loads, type-checks
 * and is collected as in a real project.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FIXTURE_ROOT } from "../../helpers";

export const ROOT = resolve(__dirname, "..", "..", "..");

export function tempProject(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "import-")), "project");
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  writeFileSync(join(dir, "cdktf.json"), "{}\n");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  symlinkSync(join(ROOT, "engine"), join(dir, "engine"));
  writeFileSync(join(dir, ".prettierrc.json"), readFileSync(join(ROOT, ".prettierrc.json")));
  const api = JSON.stringify(join(ROOT, "engine/definitions"));
  for (const folder of ["config", "slos", "alerts", "logs", "dashboards"]) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const f of readdirSync(join(dir, folder)).filter((n) => n.endsWith(".ts"))) {
      const path = join(dir, folder, f);
      writeFileSync(path, readFileSync(path, "utf8").replace(/"(\.\.\/)+engine\/definitions"/g, api));
    }
  }
  return dir;
}
