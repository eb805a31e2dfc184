/**
 * The project root: the folder that holds cdktf.json. Inputs (openslo/, runbooks/) and the
 * default output folder are found from here, never from the working directory, so
 * `node dist/main.js` gives the same output from any folder.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "cdktf.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no cdktf.json in ${from} or any folder above it: run from a checkout of the project`);
  }
}

/** Where synth writes: CDKTF_OUTDIR (as cdktf reads it), else cdktf.out in the project root. */
export function defaultOutdir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CDKTF_OUTDIR ? resolve(env.CDKTF_OUTDIR) : join(projectRoot(), "cdktf.out");
}
