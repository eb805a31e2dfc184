/**
 * npm run validate: checks the definitions as synth does, writing nothing. With --json, one
 * object per problem (kind, id, field, file, line, message), so CI can annotate the line.
 */
import { discoverDefinitions, projectRoot } from "../engine/discover";
import type { Definitions } from "../engine/definitions/types";
import { DefinitionError, type Problem } from "../engine/model";
import { located } from "../engine/locate";
import { validate } from "../stacks/app";
import { EXIT, runCommand } from "./cli";

runCommand({
  usage: "npm run validate",
  summary: "Checks every definition as synth does, and writes nothing.",
  options: { json: { type: "boolean", description: "print the problems as JSON (kind, id, field, file, line, message)" } },
  run: ({ json }) => {
    const root = projectRoot(__dirname);
    let definitions: Definitions | undefined;
    let problems: readonly Problem[] = [];
    try {
      definitions = discoverDefinitions(root, `${__dirname}/..`);
      validate(definitions);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems = error.problems;
    }
    if (json)
      process.stdout.write(
        `${JSON.stringify(
          problems.map((p) => located(p, definitions)),
          null,
          2,
        )}\n`,
      );
    else if (problems.length) process.stderr.write(`error: ${new DefinitionError(problems).message}\n`);
    else process.stdout.write("The definitions are valid.\n");
    return problems.length ? EXIT.problems : EXIT.ok;
  },
});
