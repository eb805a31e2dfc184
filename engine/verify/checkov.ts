/**
 * checkov over the synthesized stacks. A failed check is accepted as skipped only when the
 * resource carries the written reason its definition gives (`checkov_<CHECK>` in its "//"
 * block, from e.g. a log class's `checkovSkips`); every other failure fails verification.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./tools";
import type { Outcome } from "./index";

interface CheckovResult {
  check_id: string;
  check_name: string;
  resource: string;
  file_path: string;
  file_line_range: [number, number];
}

export const CHECKOV_INSTALL = "pip install checkov==3.3.30";

export interface CheckovOutcome extends Outcome {
  readonly passed: number;
  /** Passed checks per stack folder (the first folder of the file's path under the scanned one). */
  readonly passedIn: Readonly<Record<string, number>>;
  readonly failed: string[];
  readonly skipped: string[];
}

/** The stack folder of a checkov result's path: `/aws-prod/cdk.tf.json` -> `aws-prod`. */
const stackOf = (filePath: string) => filePath.split("/").filter(Boolean)[0];

/** Without `--quiet`, which leaves the passed checks out of the JSON: they are counted per stack. */
export async function runCheckov(stacksDir: string): Promise<CheckovOutcome> {
  const result = await run("checkov", ["-d", stacksDir, "--framework", "terraform_json", "--compact", "--skip-download", "-o", "json"]);
  let reports: { summary: { passed: number }; results: { failed_checks?: CheckovResult[]; passed_checks?: CheckovResult[] } }[];
  try {
    const parsed = JSON.parse(
      result.output.slice(
        result.output.indexOf("{") === -1 ? 0 : Math.min(...["[", "{"].map((c) => result.output.indexOf(c)).filter((i) => i >= 0)),
      ),
    );
    reports = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return {
      ok: false,
      lines: [`FAIL checkov did not report: ${result.output.slice(0, 500)}`],
      passed: 0,
      passedIn: {},
      failed: [],
      skipped: [],
    };
  }
  const failed: string[] = [];
  const skipped: string[] = [];
  const files = new Map<string, string[]>();
  for (const report of reports) {
    for (const f of report.results.failed_checks ?? []) {
      const file = join(stacksDir, f.file_path);
      if (!files.has(file)) files.set(file, readFileSync(file, "utf8").split("\n"));
      // The resource's own lines: where its definition's written reason was put.
      const lines = files.get(file)!.slice(f.file_line_range[0] - 1, f.file_line_range[1]);
      const reason = lines.map((l) => new RegExp(`checkov:skip=${f.check_id}:([^"]*)`).exec(l)?.[1]).find(Boolean);
      const where = `${stackOf(f.file_path)} ${f.resource.replace(/^resource\./, "")}`;
      if (reason) skipped.push(`${f.check_id} ${where}: ${reason}`);
      else failed.push(`${f.check_id} ${where}: ${f.check_name}`);
    }
  }
  const passed = reports.reduce((n, r) => n + r.summary.passed, 0);
  const passedIn: Record<string, number> = {};
  for (const check of reports.flatMap((r) => r.results.passed_checks ?? []))
    passedIn[stackOf(check.file_path)] = (passedIn[stackOf(check.file_path)] ?? 0) + 1;
  const lines = [
    `${failed.length ? "FAIL" : "ok  "} checkov: ${passed} passed, ${failed.length} failed, ${skipped.length} skipped with a written reason`,
    ...failed.map((f) => `  failed: ${f}`),
    ...skipped.map((s) => `  skipped: ${s}`),
  ];
  return { ok: failed.length === 0, lines, passed, passedIn, failed, skipped };
}
