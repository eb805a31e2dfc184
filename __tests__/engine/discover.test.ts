import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { discoverDefinitions, projectRoot } from "../../engine/discover";
import { DefinitionError } from "../../engine/model";
import { located } from "../../engine/locate";
import { validate } from "../../stacks/app";

const API = resolve(__dirname, "../../engine/definitions");

const ORGANISATION = `import { environment, errorBudgetPolicy, repository, routing, service, severity } from ${JSON.stringify(API)};
export const severities = (["P0", "P1", "P2", "P3"] as const).map((id) =>
  severity({ id, name: id, description: id, responseTime: "1h", onCall: id === "P0" }),
);
export const email = { kind: "email" as const, id: "email-team", address: "team@example.com" };
export const env = environment({ id: "prod", name: "Production", pages: false });
export const routes = routing({ prod: { P0: ["email-team"], P1: ["email-team"], P2: ["email-team"], P3: ["email-team"] } });
export const policy = errorBudgetPolicy({
  warning: { remainingAtOrBelow: 0.5, severity: "P3" },
  critical: { remainingAtOrBelow: 0.2, severity: "P2" },
  exhausted: { remainingAtOrBelow: 0, severity: "P2" },
});
export const repo = repository("https://example.com/repo/");
export const shop = service({ id: "shop", name: "Shop", team: "web" });
`;

const slo = (id: string) => `import { ratio, slo } from ${JSON.stringify(API)};
export const s = slo({ id: ${JSON.stringify(id)}, service: "shop", objective: 99, window: "28d", runbook: "https://x/r",
  sli: ratio({ prometheus: { errors: 'r_total{code="5"}', total: "r_total" } }) });
`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "discover-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function problems(root: string): string[] {
  try {
    discoverDefinitions(root);
    return [];
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.problems.map((p) => `${p.where}: ${p.field}: ${p.message}`);
  }
}

test("a new file in any definition folder, subfolders included, is collected in path order with no list to edit", () => {
  const root = project({
    "config/org.ts": ORGANISATION,
    "slos/zeta.ts": slo("zeta-slo"),
    "slos/checkout.ts": slo("checkout-slo"),
    "slos/team-b/alpha.ts": slo("alpha-slo"),
  });
  const defs = discoverDefinitions(root);
  expect(defs.slos.map((s) => s.id)).toEqual(["checkout-slo", "alpha-slo", "zeta-slo"]);
  expect(defs.services.map((s) => s.id)).toEqual(["shop"]);
  expect(defs.channels.map((c) => c.id)).toEqual(["email-team"]);
  expect(defs.routing.prod.P0).toEqual(["email-team"]);
  expect(defs.repositoryUrl).toBe("https://example.com/repo/");
  expect(defs.root).toBe(root);
});

test("an object with an id that was not built with a helper is an error naming the file and export, not silently left out", () => {
  const root = project({
    "config/org.ts": ORGANISATION,
    "slos/plain.ts": `export const forgotten = { id: "plain-slo", service: "shop", objective: 99 };\nexport const shared = { cluster: "c1" };\n`,
  });
  const found = problems(root);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    /^slos\/plain\.ts: export forgotten: has an id \("plain-slo"\) but is no definition: build it with one of slo\(\)/,
  );
});

test("project-wide declarations must be made once: none and two are both errors naming where", () => {
  const none = problems(project({ "config/org.ts": ORGANISATION.replace(/export const repo = .*\n/, "") }));
  expect(none).toEqual([expect.stringMatching(/repository\("https:\/\/\.\.\."\): none found/)]);
  const twice = problems(
    project({
      "config/org.ts": ORGANISATION,
      "config/more.ts": `import { repository } from ${JSON.stringify(API)};\nexport const again = repository("https://example.com/other/");\n`,
    }),
  );
  expect(twice).toEqual([expect.stringMatching(/exported 2 times, once is allowed: config\/more\.ts \(again\); config\/org\.ts \(repo\)/)]);
});

test("every problem of every file is reported at once", () => {
  const root = project({
    "config/org.ts": ORGANISATION,
    "slos/a.ts": `export const a = { id: "a" };\n`,
    "alerts/b.ts": `export const b = [{ id: "b" }];\n`,
  });
  expect(problems(root).map((p) => p.split(":")[0])).toEqual(["slos/a.ts", "alerts/b.ts"]);
});

test("the project root is found from any folder below it", () => {
  const root = project({ "cdktf.json": "{}", "slos/x/y.ts": "" });
  expect(projectRoot(join(root, "slos", "x"))).toBe(root);
});

test("a definition file that fails to load is reported as its own failure, not as a stale build", () => {
  const root = project({
    "config/org.ts": ORGANISATION,
    "slos/broken.ts": `import "no-such-package-anywhere";\nexport const x = 1;\n`,
    "slos/throws.ts": `throw new Error("computed threshold is NaN");\n`,
  });
  const found = problems(root);
  expect(found).toHaveLength(2);
  expect(found[0]).toMatch(/^slos\/broken\.ts: module: failed to load: Cannot find module 'no-such-package-anywhere'/);
  expect(found[1]).toBe("slos/throws.ts: module: failed to load: computed threshold is NaN");
});

test("a problem is located at the file and line that wrote the definition, for CI to annotate", () => {
  const root = project({
    "config/org.ts": ORGANISATION,
    "slos/checkout.ts": `import { ratio, slo } from ${JSON.stringify(API)};\n\n// A comment first.\nexport const s = slo({\n  id: "checkout-slo",\n  service: "shop",\n  objective: 0.999,\n  window: "28d",\n  runbook: "https://x/r",\n  sli: ratio({ prometheus: { errors: 'r_total{code="5"}', total: "r_total" } }),\n});\n`,
  });
  const defs = discoverDefinitions(root);
  let found: ReturnType<typeof located>[] = [];
  try {
    validate(defs, root, {});
  } catch (error) {
    found = (error as DefinitionError).problems.map((p) => located(p, defs));
  }
  expect(found).toContainEqual({
    kind: "slo",
    id: "checkout-slo",
    field: "objective",
    file: "slos/checkout.ts",
    line: 5,
    message: "is a percentage: did you mean 99.9? got 0.999",
  });
});
