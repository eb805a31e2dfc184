/** The real engines verification runs: promtool and amtool, from Debian's packages. */
import { spawn } from "node:child_process";
import { accessSync, closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

export const TOOLS = {
  promtool: "prometheus",
  amtool: "prometheus-alertmanager",
} as const;

/**
 * Whether an executable named `tool` is on PATH, found as the shell finds it, without running it:
 * `checkov --version` alone costs about 3 s of CPU (Python importing checkov), for a question a
 * look at the PATH's folders answers.
 */
function onPath(tool: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((folder) => {
    const file = join(folder || ".", tool);
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** A message naming the Debian package of each missing tool, or undefined when all are there. */
export function missingTools(): string | undefined {
  const absent = (tool: string) => !onPath(tool);
  const missing = Object.entries(TOOLS).filter(([tool]) => absent(tool));
  const messages: string[] = [];
  if (missing.length) {
    const packages = missing.map(([, pkg]) => pkg).join(" ");
    messages.push(
      `${missing.map(([tool, pkg]) => `${tool} (Debian package ${pkg})`).join(" and ")} not found on PATH. Install: apt-get install -y --no-install-recommends ${packages}`,
    );
  }
  if (absent("checkov")) messages.push("checkov (PyPI package checkov) not found on PATH. Install: pip install checkov==3.3.30");
  return messages.length ? messages.join("\n") : undefined;
}

export interface RunResult {
  readonly code: number;
  readonly output: string;
}

export function run(command: string, args: readonly string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs a command with its standard output and error written to one file, so their lines keep the
 * order the command wrote them in (two pipes interleave as they are read). promtool prints each
 * file's "Unit Testing:" header and SUCCESS on stdout but its failures on stderr: read from two
 * pipes, a file's failures could land under the next file's header.
 */
export function runInOrder(command: string, args: readonly string[], cwd?: string): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), "run-"));
  const file = join(dir, "output");
  const fd = openSync(file, "w");
  return new Promise((resolve) => {
    let finished = false;
    // A command that cannot start reports an error and then closes: one result.
    const done = (code: number) => {
      if (finished) return;
      finished = true;
      closeSync(fd);
      const output = readFileSync(file, "utf8");
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, output });
    };
    const child = spawn(command, args, { cwd, stdio: ["ignore", fd, fd] });
    child.on("error", () => done(1));
    child.on("close", (code) => done(code ?? 1));
  });
}

/** Runs jobs with at most `parallel` at a time, keeping their order in the results. */
export async function pool<T, R>(items: readonly T[], parallel: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}

/** Parses Prometheus durations such as 1h1m30s into seconds. */
export function parseGoDuration(text: string): number {
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/g)) {
    seconds += Number(n) * { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 }[unit]!;
  }
  return seconds;
}
