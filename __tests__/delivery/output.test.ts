/** Synth output is all or nothing, and the same from any working directory. */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as exporters from "../../engine/exporters";
import { dashboard } from "../../engine/definitions";
import { synthCommand } from "../../stacks/synth";
import { environmentOfStack } from "../../stacks/output";
import { projectRoot } from "../../stacks/project-root";
import { defaults, problemsOf } from "../helpers";

function files(dir: string, root = dir, into = new Map<string, string>()): Map<string, string> {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) files(path, root, into);
    else into.set(relative(root, path), readFileSync(path, "utf8"));
  }
  return into;
}

const run = (defs = defaults(), out: string, only?: string, lockWaitSeconds?: number) => {
  const stderr: string[] = [];
  const code = synthCommand(defs, out, { write: (s: string) => stderr.push(s) }, only, undefined, lockWaitSeconds);
  return { code, stderr: stderr.join("") };
};
const manifest = (out: string) => JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));

test("a synth that fails after writing stacks leaves the previous output byte-identical and says so", () => {
  const out = join(mkdtempSync(join(tmpdir(), "atomic-")), "out");
  expect(run(defaults(), out).code).toBe(0);
  const before = files(out);
  expect([...before.keys()].filter((f) => f.endsWith("cdk.tf.json")).length).toBe(7);

  // Everything is written except the exports, which fail (a full disk, say).
  const spy = jest.spyOn(exporters, "writeExports").mockImplementation(() => {
    throw new Error("ENOSPC: no space left on device");
  });
  const defs = defaults();
  defs.slos = defs.slos.filter((s) => s.id !== "api-latency");
  let failed;
  try {
    failed = run(defs, out);
  } finally {
    spy.mockRestore();
  }
  expect(failed.code).toBe(1);
  expect(failed.stderr).toBe(`error: synth failed: ENOSPC: no space left on device\nNothing was written: ${out} is as it was.\n`);
  expect(files(out)).toEqual(before);
  // No half-written folder is left next to it.
  expect(readdirSync(join(out, ".."))).toEqual(["out"]);
});

test("after a successful synth, no folder of a stack that no longer exists is left", () => {
  const out = join(mkdtempSync(join(tmpdir(), "stale-")), "out");
  expect(run(defaults(), out).code).toBe(0);
  expect(readdirSync(join(out, "stacks"))).toContain("aws-staging");
  const defs = defaults();
  defs.environments = defs.environments.map((e) => (e.id === "staging" ? { ...e, aws: undefined } : e));
  expect(run(defs, out).code).toBe(0);
  expect(readdirSync(join(out, "stacks"))).not.toContain("aws-staging");
  expect(readdirSync(join(out, "stacks"))).toContain("aws-prod");
});

test("--env rewrites one environment's stacks and keeps the others' as they were", () => {
  const out = join(mkdtempSync(join(tmpdir(), "env-")), "out");
  expect(run(defaults(), out).code).toBe(0);
  const prod = readFileSync(join(out, "stacks", "gcp-prod", "cdk.tf.json"), "utf8");
  const defs = defaults();
  defs.environments = defs.environments.map((e) => (e.id === "staging" ? { ...e, aws: undefined } : e));
  expect(run(defs, out, "staging").code).toBe(0);
  expect(readdirSync(join(out, "stacks")).sort()).toEqual([
    "aws-prod",
    "gcp-prod",
    "gcp-staging",
    "grafana-prod",
    "grafana-staging",
    "pagerduty-prod",
  ]);
  expect(readFileSync(join(out, "stacks", "gcp-prod", "cdk.tf.json"), "utf8")).toBe(prod);
  // The manifest (what deploy and the workflows read) lists exactly those stacks, as a full synth of the same definitions does.
  expect(Object.keys(manifest(out).stacks).sort()).toEqual(readdirSync(join(out, "stacks")).sort());
  const full = join(mkdtempSync(join(tmpdir(), "env-full-")), "out");
  expect(run(defs, full).code).toBe(0);
  expect(manifest(out)).toEqual(manifest(full));
});

describe("synths of one output folder take turns", () => {
  const lockOf = (out: string) => join(out, "..", ".out.lock");

  test("a writer stopped between its two renames left the output only as its previous copy: it is put back", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lock-restore-")), "out");
    expect(run(defaults(), out).code).toBe(0);
    const before = files(out);
    renameSync(out, join(out, "..", ".out.previous-999999"));
    writeFileSync(lockOf(out), "999999");
    // A failing synth: the restored output must still be there, as it was.
    const defs = defaults();
    defs.slos = [...defs.slos, { ...defs.slos[0] }];
    expect(run(defs, out).code).toBe(1);
    const restore = run(defaults(), out, "staging");
    expect(restore.code).toBe(0);
    expect(files(out).get("stacks/gcp-prod/cdk.tf.json")).toBe(before.get("stacks/gcp-prod/cdk.tf.json"));
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
  });

  test("a lock left by a process that no longer runs is taken over, with the folders it left", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lock-stale-")), "out");
    mkdirSync(join(out, "..", ".out.writing-999999"));
    writeFileSync(lockOf(out), "999999");
    const { code, stderr } = run(defaults(), out);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
  });

  test("a synth waits while another process holds the lock, says so, and writes once it is released", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "lock-wait-")), "out");
    const holder = spawn("sleep", ["1"]);
    const exited = new Promise((done) => holder.on("exit", done));
    writeFileSync(lockOf(out), String(holder.pid));
    const { code, stderr } = run(defaults(), out, undefined, 120);
    await exited;
    expect(stderr).toBe(`waiting for another synth (process ${holder.pid}) to finish writing ${out}\n`);
    expect(code).toBe(0);
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
  });

  test("past its wait, a synth stops naming the lock to remove, and writes nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lock-busy-")), "out");
    writeFileSync(lockOf(out), String(process.pid));
    const { code, stderr } = run(defaults(), out, undefined, 0);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `another synth (process ${process.pid}) has been writing ${out} for over 0 s; if it is gone, remove ${lockOf(out)}`,
    );
    expect(stderr).toContain("Nothing was written");
    expect(existsSync(out)).toBe(false);
    // Its own lock file, written beside the lock to be linked into place, is gone too.
    expect(readdirSync(join(out, ".."))).toEqual([".out.lock"]);
  });
});

test("stack folders belong to the environment with the longest matching id", () => {
  const envs = ["prod", "prod-eu", "staging"];
  expect(environmentOfStack("gcp-prod", envs)).toBe("prod");
  expect(environmentOfStack("gcp-prod-backend", envs)).toBe("prod");
  expect(environmentOfStack("gcp-prod-eu", envs)).toBe("prod-eu");
  expect(environmentOfStack("gcp-prod-eu-backend", envs)).toBe("prod-eu");
  expect(environmentOfStack("pagerduty-staging", envs)).toBe("staging");
  expect(environmentOfStack("other", envs)).toBeUndefined();
});

test("a dashboard whose id is a generated SLO overview's uid is a validation error, not a construct crash", () => {
  const defs = defaults();
  defs.dashboards = [
    ...defs.dashboards,
    dashboard({ id: "slo-overview-backend", team: "backend", build: () => new DashboardBuilder("Mine").uid("slo-overview-backend") }),
  ];
  expect(problemsOf(defs)).toEqual([
    'dashboard "slo-overview-backend": id: is the uid of the SLO overview generated for team "backend"; choose another id',
  ]);
  const out = join(mkdtempSync(join(tmpdir(), "collide-")), "out");
  expect(run(defs, out).code).toBe(1);
  expect(existsSync(out)).toBe(false);
});

test("inputs are read from the project root: another working directory gives the same output, OpenSLO SLOs included", () => {
  const here = join(mkdtempSync(join(tmpdir(), "root-")), "out");
  expect(run(defaults(), here).code).toBe(0);
  const cwd = process.cwd();
  const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
  process.chdir(elsewhere);
  let there: string;
  try {
    there = join(elsewhere, "out");
    expect(run(defaults(), there).code).toBe(0);
    // With no output folder given, the output goes to the project's cdktf.out, not to this folder.
    expect(projectRoot()).toBe(cwd);
  } finally {
    process.chdir(cwd);
  }
  expect(files(there)).toEqual(files(here));
  // The OpenSLO file's SLO is in it.
  expect(readFileSync(join(here, "stacks", "gcp-prod", "cdk.tf.json"), "utf8")).toContain("slo_agent-execution-success");
});
