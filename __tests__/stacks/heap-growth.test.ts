import "cdktf/lib/testing/adapters/jest";

// A fresh module per test: the setting is made once per process.
const load = () => {
  let module: typeof import("../../stacks/heap-growth") | undefined;
  jest.isolateModules(() => {
    module = require("../../stacks/heap-growth");
  });
  return module!;
};

test("a heap below the threshold keeps V8's own growth", () => {
  const { moderateHeapGrowth, HEAP_GROWTH_FROM } = load();
  expect(moderateHeapGrowth(HEAP_GROWTH_FROM - 1)).toBe(false);
  expect(moderateHeapGrowth(0)).toBe(false);
});

test("past the threshold growth is moderated, and stays so", () => {
  const { moderateHeapGrowth, HEAP_GROWTH_FROM } = load();
  expect(moderateHeapGrowth(HEAP_GROWTH_FROM + 1)).toBe(true);
  expect(moderateHeapGrowth(0)).toBe(true);
});
