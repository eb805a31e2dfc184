/**
 * promtool prints each test file's header and SUCCESS on stdout and its failures on stderr; verify
 * runs several SLOs' files in one promtool run and cuts the output at the headers, so the two
 * streams must keep the order they were written in, or a failing probe file's lines land under
 * the next test file's header and fail it.
 */
import { runInOrder } from "../../../engine/verify/tools";

test("stdout and stderr lines come back in the order the command wrote them, with its exit code", async () => {
  const script = 'for i in 1 2 3 4 5; do echo "out $i"; echo "err $i" >&2; done; exit 3';
  const result = await runInOrder("sh", ["-c", script]);
  expect(result.output).toBe([1, 2, 3, 4, 5].map((i) => `out ${i}\nerr ${i}\n`).join(""));
  expect(result.code).toBe(3);
});

test("a missing command is a failed run, not a hang", async () => {
  expect((await runInOrder("no-such-command-here", [])).code).not.toBe(0);
});
