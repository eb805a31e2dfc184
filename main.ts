/** Synthesizes every stack of the bundled definitions into cdktf.out/ (or CDKTF_OUTDIR). */
import { definitions } from "./definitions";
import { synthCommand } from "./src/cli";

process.exitCode = synthCommand(definitions, undefined, process.stderr);
