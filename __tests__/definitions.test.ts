/**
 * Checks that hold for any valid definitions, run on this project's own definitions as they are
 * (config/, slos/, alerts/, logs/, dashboards/, openslo/) and on the engine's three-team fixture
 * organisation: whatever a team puts there, every page has a runbook, every route reaches a
 * channel that exists, staging never pages, synth is deterministic, no secret is written as a
 * literal, no two Slack channels share an Alertmanager webhook file, and checkov passes
 * (./invariants.ts). The second-team test runs the same checks on a
 * copy of the repository with another team's files added.
 */
import { join } from "node:path";
import { discoverDefinitions, projectDefinitions } from "../engine/discover";
import type { Definitions } from "../engine/definitions/types";
import { invariantTests } from "./invariants";

const ORGANISATIONS: readonly [string, () => Definitions][] = [
  ["this project's definitions", projectDefinitions],
  ["the three-team fixture organisation", () => discoverDefinitions(join(__dirname, "fixtures", "three-teams"))],
];

describe.each(ORGANISATIONS)("%s", (_name, load) => invariantTests(load));
