/** npm run import -- prometheus FILE... --service ID: Prometheus rule files as alert definitions (see import-command.ts). */
import { projectDefinitionsOrExit, projectRoot } from "../engine/discover";
import { runCommand } from "./cli";
import { importCommand } from "./import-command";

runCommand(
  importCommand({
    root: projectRoot(__dirname),
    definitions: () => projectDefinitionsOrExit(),
    // npm runs scripts in the project root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
  }),
);
