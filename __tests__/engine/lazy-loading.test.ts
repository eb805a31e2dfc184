import "cdktf/lib/testing/adapters/jest";

// Which of the heavy modules a require pulls in, in a fresh module registry.
function loading(sdkModules: string[], run: (loaded: string[]) => void): void {
  jest.isolateModules(() => {
    const loaded: string[] = [];
    for (const name of sdkModules)
      jest.doMock(name, () => {
        // The SDK's own modules require one another through the same paths: each is counted once.
        if (!loaded.includes(name)) loaded.push(name);
        return jest.requireActual(name);
      });
    run(loaded);
  });
}

const SDK = [
  "@grafana/grafana-foundation-sdk/dashboard",
  "@grafana/grafana-foundation-sdk/prometheus",
  "@grafana/grafana-foundation-sdk/stat",
  "@grafana/grafana-foundation-sdk/timeseries",
];

afterEach(() => jest.resetModules());

test("the definitions API loads the Grafana SDK only when a panel is built", () => {
  loading(SDK, (loaded) => {
    const api = require("../../engine/definitions") as typeof import("../../engine/definitions");
    expect(loaded).toEqual([]);
    api.promql({ type: "prometheus", uid: "p" }, "up");
    expect(loaded).toEqual(["@grafana/grafana-foundation-sdk/prometheus"]);
    api.thresholds("worseAbove", [1]);
    expect(loaded).toContain("@grafana/grafana-foundation-sdk/dashboard");
  });
});

test("the Grafana stack loads the SDK only when it builds an SLO overview", () => {
  loading(SDK, (loaded) => {
    require("../../stacks/targets");
    const { sloOverview } = require("../../constructs/grafana/slo-overview") as typeof import("../../constructs/grafana/slo-overview");
    expect(loaded).toEqual([]);
    sloOverview("backend", []);
    expect(loaded).toEqual(expect.arrayContaining(["@grafana/grafana-foundation-sdk/stat", "@grafana/grafana-foundation-sdk/timeseries"]));
  });
});

test("the OpenSLO importer (and its YAML parser) loads only when there are OpenSLO files", () => {
  const { mkdtempSync } = require("node:fs") as typeof import("node:fs");
  const { join } = require("node:path") as typeof import("node:path");
  const { tmpdir } = require("node:os") as typeof import("node:os");
  loading(["yaml"], (loaded) => {
    const { withOpenSlo } = require("../../stacks/app") as typeof import("../../stacks/app");
    const { defaults } = require("../helpers") as typeof import("../helpers");
    const defs = defaults();
    expect(withOpenSlo(defs, mkdtempSync(join(tmpdir(), "no-openslo-")))).toBe(defs);
    expect(loaded).toEqual([]);
  });
});
