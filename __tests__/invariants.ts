/**
 * Checks that hold for any valid definitions: every page has a runbook, every route reaches a
 * channel that exists, staging never pages, synth is deterministic, no secret is written as a
 * literal, no two Slack channels share an Alertmanager webhook file, and checkov passes. Declared inside a describe block, over the definitions `load` gives.
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import type { Definitions } from "../engine/definitions/types";
import { runCheckov } from "../engine/verify/checkov";
import { validate } from "../stacks/app";
import { synthCommand } from "../stacks/synth";
import { filesIn } from "./helpers";

export function invariantTests(load: () => Definitions): void {
  const definitions = load();
  const model = validate(definitions, definitions.root, {});

  function synthesizeTo(): string {
    const dir = join(mkdtempSync(join(tmpdir(), "own-")), "cdktf.out");
    let stderr = "";
    expect({ code: synthCommand(definitions, dir, { write: (t: string) => (stderr += t) }), stderr }).toEqual({ code: 0, stderr: "" });
    return dir;
  }

  const files = filesIn;

  const first = synthesizeTo();

  test("every definition that can page links a runbook", () => {
    const paging = new Set(model.severities.filter((s) => s.onCall).map((s) => s.id));
    const missing: string[] = [];
    for (const a of model.alerts) if (paging.has(a.severity) && !a.runbook) missing.push(`alert ${a.id}`);
    for (const a of model.cloudWatchAlarms) if (paging.has(a.severity) && !a.runbook) missing.push(`CloudWatch alarm ${a.id}`);
    for (const s of model.slos) {
      for (const t of s.tiers) if (paging.has(t.severity) && !s.runbook) missing.push(`SLO ${s.id} tier ${t.id}`);
    }
    for (const svc of model.services)
      for (const e of svc.endpoints) if (paging.has(e.severity) && !e.runbook) missing.push(`endpoint ${e.id}`);
    expect(missing).toEqual([]);
  });

  test("every severity of every environment reaches at least one channel that exists, and only paging environments page", () => {
    const channelIds = new Set(model.channels.map((c) => c.id));
    for (const env of model.environments) {
      for (const s of model.severities) {
        const routed = env.routes[s.id];
        expect({ env: env.id, severity: s.id, routed: routed.length > 0 }).toEqual({ env: env.id, severity: s.id, routed: true });
        for (const c of routed) expect(channelIds.has(c.id)).toBe(true);
        if (!env.pages) expect(routed.filter((c) => c.kind === "pagerduty")).toEqual([]);
      }
    }
  });

  test("every service that can page has an on-call team answering for it", () => {
    const paged = model.environments.some((e) => Object.values(e.routes).some((cs) => cs.some((c) => c.kind === "pagerduty")));
    if (!paged) return;
    const answered = new Set(model.onCall.flatMap((t) => t.services));
    const monitored = new Set([...model.slos.map((s) => s.service.id), ...model.alerts.map((a) => a.service.id)]);
    expect([...monitored].filter((id) => !answered.has(id))).toEqual([]);
  });

  test("two synths are byte-identical", () => {
    const a = files(first);
    const b = files(synthesizeTo());
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect(b.get(name) === text ? name : `${name} differs`).toBe(name);
  });

  test("no secret is written as a literal: every secret-like attribute is a reference", () => {
    const literal: string[] = [];
    const secretName = /(token|secret|password|auth|integration_key|service_key|api_key)$/i;
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
      if (typeof value !== "object" || value === null) return;
      for (const [k, v] of Object.entries(value)) {
        if (k === "//") continue;
        if (secretName.test(k) && typeof v === "string" && !/^\$\{(var|data|sensitive|resource|[a-z_]+\.)/.test(v))
          literal.push(`${path}.${k}`);
        visit(v, `${path}.${k}`);
      }
    };
    for (const [name, text] of files(first)) if (name.endsWith("cdk.tf.json")) visit(JSON.parse(text), name);
    expect(literal).toEqual([]);
    const tokenShapes = [/xox[abpr]-[0-9A-Za-z]{4,}/, /AKIA[0-9A-Z]{16}/, /glsa_[A-Za-z0-9]{16,}/];
    for (const [name, text] of files(first))
      for (const shape of tokenShapes) expect(shape.test(text) ? `${name} matches ${shape}` : "clean").toBe("clean");
  });

  test("each Slack channel of the exported Alertmanager reads an incoming-webhook file no other channel reads", () => {
    // A Slack app's incoming webhook posts only to its own channel: a shared URL merges channels.
    const receivers = parse(files(first).get("alertmanager/alertmanager.yml")!).receivers as {
      slack_configs?: { channel: string; api_url_file: string }[];
    }[];
    const channelsOf = new Map<string, Set<string>>();
    for (const c of receivers.flatMap((r) => r.slack_configs ?? []))
      channelsOf.set(c.api_url_file, new Set([...(channelsOf.get(c.api_url_file) ?? []), c.channel]));
    expect([...channelsOf].filter(([, channels]) => channels.size > 1).map(([file, channels]) => `${file}: ${[...channels]}`)).toEqual([]);
  });

  const judged = checkovOf(join(first, "stacks"));
  test("checkov passes, each accepted failure carrying the reason its definition writes", async () => {
    const result = await judged();
    expect(result.failed).toEqual([]);
    expect(result.passed).toBeGreaterThan(0);
  });
}

/**
 * One checkov run for every organisation a test file checks (a start of checkov is about 3 s of
 * CPU, Python importing it): each organisation's stacks are copied side by side, named
 * `<organisation>-<stack>`, and each is given its own failures (its prefix removed) and passes back.
 */
const organisations: string[] = [];
let verdict: ReturnType<typeof runCheckov> | undefined;
function checkovOf(stacks: string): () => Promise<{ failed: string[]; passed: number }> {
  const prefix = `${organisations.push(stacks) - 1}-`;
  return async () => {
    verdict ??= (() => {
      const root = mkdtempSync(join(tmpdir(), "checkov-"));
      organisations.forEach((dir, i) => {
        for (const stack of readdirSync(dir)) cpSync(join(dir, stack), join(root, `${i}-${stack}`), { recursive: true });
      });
      return runCheckov(root);
    })();
    const { failed, passedIn } = await verdict;
    const own = failed.filter((f) => f.split(" ")[1].startsWith(prefix)).map((f) => f.replace(` ${prefix}`, " "));
    const passed = Object.entries(passedIn).reduce((n, [stack, count]) => n + (stack.startsWith(prefix) ? count : 0), 0);
    return { failed: own, passed };
  };
}
