import { repository } from "../engine/definitions";

/**
 * Where this repository is browsable. A runbook written as `runbooks/<name>.md` links to
 * that file here, and `npm run runbooks` writes a skeleton for it when it does not exist yet.
 */
export const repo = repository("https://github.com/nous/monitoring/blob/main/");
