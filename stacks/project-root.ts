/**
 * The project root: the folder that holds cdktf.json. Inputs (openslo/, runbooks/) and the
 * default output folder are found from here, never from the working directory, so
 * `node dist/main.js` gives the same output from any folder.
 */
import { join, resolve } from "node:path";
import { projectRoot as rootAbove } from "../engine/discover";

/** The project this module belongs to (found from stacks/ in the sources, dist/stacks/ when built). */
export function projectRoot(): string {
  return rootAbove(__dirname);
}

/** Where synth writes: CDKTF_OUTDIR (as cdktf reads it), else cdktf.out in the project root. */
export function defaultOutdir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CDKTF_OUTDIR ? resolve(env.CDKTF_OUTDIR) : join(projectRoot(), "cdktf.out");
}
