import { DefinitionError } from "../../engine/model";
import { runCommand, type Command } from "../../scripts/cli";

function capture(command: Command<any>, argv: string[]): Promise<{ code: number | undefined; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((t) => ((out += String(t)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((t) => ((err += String(t)), true));
  const saved = process.exitCode;
  process.exitCode = undefined;
  runCommand(command, argv);
  return new Promise((done) =>
    setImmediate(() => {
      o.mockRestore();
      e.mockRestore();
      const code = process.exitCode as number | undefined;
      process.exitCode = saved;
      done({ code, out, err });
    }),
  );
}

const seen: unknown[] = [];
const command: Command<any> = {
  usage: "npm run thing",
  summary: "Does a thing.",
  options: {
    env: { type: "string", valueName: "environment", description: "one environment" },
    json: { type: "boolean", description: "as JSON" },
  },
  positionals: [{ name: "ref", description: "a ref", required: true }],
  run: (values, positionals) => {
    seen.push({ values, positionals });
    if (positionals[0] === "broken") throw new DefinitionError([{ where: 'slo "x"', field: "objective", message: "too high" }]);
    if (positionals[0] === "crash") throw new Error("disk full");
    return 0;
  },
};

test("--help prints usage, options and exit codes, and runs nothing", async () => {
  seen.length = 0;
  const r = await capture(command, ["--help"]);
  expect(r.code ?? 0).toBe(0);
  expect(r.out).toContain("usage: npm run thing -- <ref> [options]");
  expect(r.out).toContain("--env <environment>");
  expect(r.out).toContain("exit codes: 0 ok, 1 problems in the definitions, 2 usage or a missing tool");
  expect(seen).toEqual([]);
});

test("--env=x and --env x both parse; unknown options and missing arguments exit 2 with the usage", async () => {
  seen.length = 0;
  expect((await capture(command, ["--env=staging", "main"])).code).toBe(0);
  expect((await capture(command, ["main", "--env", "prod", "--json"])).code).toBe(0);
  expect(seen).toEqual([
    { values: { env: "staging" }, positionals: ["main"] },
    { values: { env: "prod", json: true }, positionals: ["main"] },
  ]);
  const unknown = await capture(command, ["main", "--bogus"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/^error: Unknown option '--bogus'/);
  const missing = await capture(command, []);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^error: missing <ref>/);
});

test("problems in the definitions exit 1 with every problem; any other failure exits 2 with its message, no stack trace", async () => {
  const broken = await capture(command, ["broken"]);
  expect(broken.code).toBe(1);
  expect(broken.err).toBe('error: 1 problem in the definitions:\n  - slo "x": objective: too high\n');
  const crash = await capture(command, ["crash"]);
  expect(crash.code).toBe(2);
  expect(crash.err).toBe("error: disk full\n");
});

test("a variadic last positional takes every remaining argument, and the usage says so", async () => {
  const got: unknown[] = [];
  const sizes: Command<any> = {
    usage: "npm run bench",
    summary: "Times things.",
    options: {},
    positionals: [{ name: "sizes", description: "sizes", variadic: true }],
    run: (_values, positionals) => (got.push(positionals), 0),
  };
  expect((await capture(sizes, ["10", "100", "1000"])).code).toBe(0);
  expect(got).toEqual([["10", "100", "1000"]]);
  expect((await capture(sizes, ["--help"])).out).toContain("usage: npm run bench -- [sizes...]");
});
