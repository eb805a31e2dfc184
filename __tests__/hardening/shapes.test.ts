/**
 * No input crashes. Definitions reach the model from typed files, but `as any`, JavaScript and
 * generated definitions can put anything anywhere: every field of one definition of each list
 * (and every field one level down) is set to a value of another kind, and every list gets
 * entries that are no definitions at all. Each must be accepted or refused with problems, never
 * a stack trace. OpenSLO files get the YAML that exhausts parsers.
 */
import { join } from "node:path";
import type { Definitions } from "../../engine/definitions/types";
import { discoverDefinitions } from "../../engine/discover";
import { DefinitionError } from "../../engine/model";
import { importOpenSlo } from "../../engine/openslo/import";
import { validate } from "../../stacks/app";
import { defaults } from "../helpers";

type Outcome = { crashed: string } | { problems: { where: string; field: string; message: string }[] };

const THREE_TEAMS = join(__dirname, "..", "fixtures", "three-teams");

/** Validates a changed copy of an organisation's definitions (the NOUS fixture unless `root` names another). */
function outcome(change: (d: Record<string, unknown>) => void, root?: string): Outcome {
  const defs = (root ? discoverDefinitions(root) : defaults()) as unknown as Record<string, unknown>;
  change(defs);
  try {
    validate(defs as unknown as Definitions, root, {});
    return { problems: [] };
  } catch (error) {
    if (error instanceof DefinitionError) return { problems: [...error.problems] };
    return {
      crashed: String((error as Error).stack ?? error)
        .split("\n")
        .slice(0, 3)
        .join(" "),
    };
  }
}

const OTHER_KINDS: readonly unknown[] = [null, 5, "x", [null]];

/** Every field of the first definition of each list, and every field one level down, set to each other kind. */
function mutations(
  base: Record<string, unknown>,
  lists: readonly string[],
): { name: string; change: (d: Record<string, unknown>) => void }[] {
  const cases: { name: string; change: (d: Record<string, unknown>) => void }[] = [];
  for (const list of lists) {
    const entries = base[list];
    if (!Array.isArray(entries) || !entries.length) continue;
    const first = entries[0] as Record<string, unknown>;
    const replace = (d: Record<string, unknown>, entry: Record<string, unknown>) =>
      (d[list] = (d[list] as unknown[]).map((e, i) => (i === 0 ? entry : e)));
    for (const [field, value] of Object.entries(first)) {
      for (const v of OTHER_KINDS)
        cases.push({ name: `${list}[0].${field} = ${JSON.stringify(v)}`, change: (d) => replace(d, { ...first, [field]: v }) });
      if (value && typeof value === "object" && !Array.isArray(value))
        for (const inner of Object.keys(value))
          for (const v of OTHER_KINDS)
            cases.push({
              name: `${list}[0].${field}.${inner} = ${JSON.stringify(v)}`,
              change: (d) => replace(d, { ...first, [field]: { ...value, [inner]: v } }),
            });
    }
  }
  return cases;
}

const crashes = (cases: ReturnType<typeof mutations>, root?: string) =>
  cases.flatMap((c) => {
    const o = outcome(c.change, root);
    return "crashed" in o ? [`${c.name}: ${o.crashed}`] : [];
  });

test("every field of a definition of each list, and every field one level down, set to another kind: problems, never a crash", () => {
  const base = defaults() as unknown as Record<string, unknown>;
  const cases = mutations(
    base,
    Object.keys(base).filter((k) => k !== "dashboards"),
  );
  expect(cases.length).toBeGreaterThan(300);
  expect(crashes(cases)).toEqual([]);
});

test("the same for an organisation of teams: its teams' channels, routes and places, its environments and services", () => {
  const base = discoverDefinitions(THREE_TEAMS) as unknown as Record<string, unknown>;
  const cases = mutations(base, ["teams", "environments", "channels", "services", "onCall"]);
  expect(cases.length).toBeGreaterThan(100);
  expect(crashes(cases, THREE_TEAMS)).toEqual([]);
});

test.each([
  ["null", null, "null"],
  ["nothing", undefined, "nothing"],
  ["a string", "api", "a string"],
  ["a number", 7, "the number 7"],
  ["a list", [], "a list"],
])("an entry that is %s in any list is a problem naming the list and the entry's position", (_name, value, said) => {
  for (const list of ["severities", "channels", "environments", "services", "slos", "alerts", "logClasses", "onCall", "cloudWatchAlarms"]) {
    const o = outcome((d) => (d[list] = [...(d[list] as unknown[]), value]));
    expect(
      "problems" in o && o.problems.some((p) => /^\w+\[\d+\]$/.test(p.where) && p.field === "(entry)" && p.message.endsWith(`got ${said}`)),
    ).toBe(true);
  }
});

test("a misshapen entry is left out and the others are still checked: every problem at once", () => {
  const o = outcome((d) => {
    const slos = d.slos as Record<string, unknown>[];
    d.slos = [{ ...slos[0], sli: undefined }, null, { ...slos[1], objective: 140 }];
  });
  expect("problems" in o && o.problems.map((p) => `${p.where} ${p.field}`)).toEqual(
    expect.arrayContaining([
      `slo "${(defaults().slos[0] as { id: string }).id}" sli`,
      "slos[1] (entry)",
      `slo "${defaults().slos[1].id}" objective`,
    ]),
  );
});

test("nested lists hold objects: an on-call escalation step or a service endpoint that is null is a problem", () => {
  const onCall = outcome((d) => {
    const teams = d.onCall as Record<string, unknown>[];
    d.onCall = [{ ...teams[0], escalation: [null] }, ...teams.slice(1)];
  });
  expect("problems" in onCall && onCall.problems.find((p) => p.field === "escalation")?.message).toBe(
    "must be a list of objects, got a list whose entry 0 is null",
  );
  const alertmanager = outcome((d) => (d.alertmanager = { ...(d.alertmanager as object), smtp: null }));
  expect("problems" in alertmanager && alertmanager.problems.map((p) => `${p.where} ${p.field}`)).toEqual(["alertmanager smtp"]);
});

describe("OpenSLO files that exhaust YAML parsers are problems", () => {
  const read = (text: string) => importOpenSlo([{ file: "openslo/x.yaml", text }], [], []).problems;

  test("an alias bomb: nine aliases nested seven deep", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of ["b", "c", "d", "e", "f", "g"].entries()) {
      const prev = "abcdefg"[i];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const problems = read(levels.join("\n"));
    expect(problems.map((p) => p.field)).toEqual(["document 1"]);
    expect(problems[0].message).toMatch(/^cannot be read: .*at most 100 alias expansions/);
  });

  test("an alias to an anchor of another document", () => {
    const text =
      "apiVersion: openslo/v1\nkind: Service\nmetadata: &m\n  name: svc\n---\napiVersion: openslo/v1\nkind: Service\nmetadata: *m\n";
    expect(read(text).find((p) => p.field === "document 2")?.message).toMatch(/^cannot be read: Unresolved alias/);
  });

  test("a file larger than any specification", () => {
    const text = `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  description: "${"x".repeat(1024 * 1024)}"\n`;
    expect(read(text)).toEqual([
      expect.objectContaining({ field: "size", message: expect.stringMatching(/^is \d+ bytes: .* up to 1048576 bytes/) }),
    ]);
  });
});
