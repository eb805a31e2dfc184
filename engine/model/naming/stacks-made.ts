/** The stack names (and so stack folders and state keys) each environment makes, for the naming check (check.ts). */
import type { Model } from "../types";
import type { Made } from "./made";
import { stackName } from "./stacks";

const text = (suffix: string) => `the stacks ${stackName("<target>", suffix)} (their folders under cdktf.out/stacks and their state keys)`;

/**
 * Every environment makes `<target>-<environment>`, and a team's stacks there
 * `<target>-<environment>-<team>`: those of every team when it is split by team, and those of a
 * team with its own project, account or Grafana. Team stacks come first, so an environment whose
 * id is another's team stack (`prod-backend` beside prod split by team) is the one reported.
 */
export function stackNamesMade(model: Pick<Model, "environments" | "services" | "teams">): Made[] {
  const place = "this project";
  const teams = [...new Set([...model.services.map((s) => s.team), ...model.teams.map((t) => t.id)])];
  const teamStacks = model.environments.flatMap((e) => {
    const own = Object.keys(e.teamClouds);
    const split = e.split === "team" ? teams.filter((t) => !own.includes(t)) : [];
    return [
      ...split.map((t) => ({ team: t, origin: { where: `environment "${e.id}"`, field: `split (team "${t}")` } })),
      ...own.map((t) => ({ team: t, origin: { where: `team "${t}"`, field: `environments.${e.id}` } })),
    ].map(({ team, origin }): Made => {
      const name = `${e.id}-${team}`;
      return { place, what: "stacks", name, origin, text: text(name) };
    });
  });
  const own = model.environments.map((e): Made => ({
    place,
    what: "stacks",
    name: e.id,
    origin: { where: `environment "${e.id}"`, field: "id" },
    text: text(e.id),
  }));
  return [...teamStacks, ...own];
}
