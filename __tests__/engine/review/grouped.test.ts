/**
 * A grouped SLO as reviewers and catalogs read it: "per route", what Google Cloud renders of it
 * (no SLO object, no budget alerts) in the catalog and summary.json, so the review shows both; and
 * no OpenSLO export that would drop the grouping.
 */
import { catalog } from "../../../engine/review/catalog";
import { summary } from "../../../engine/review/summary";
import { summaryChanges } from "../../../engine/review/changes";
import { exportOpenSlo } from "../../../engine/openslo/export";
import { defaults, model } from "../../helpers";
import { apiRouteAvailability } from "../../fixtures/grouped";

const defs = defaults();
const base = model(defs);
const head = model({ ...defs, slos: [...defs.slos, apiRouteAvailability] });

test("the catalog says per route and what Google Cloud renders of it", () => {
  const text = catalog(head, new Map());
  const section = text.slice(
    text.indexOf("### API availability per route"),
    text.indexOf("###", text.indexOf("### API availability per route") + 4),
  );
  expect(section).toContain("ratio SLI from Prometheus, per route (one SLO, alert and page per value of `route`)");
  expect(section).toContain(
    "- Google Cloud: PromQL burn-rate and no-data conditions, one incident per group; no Cloud Monitoring SLO object and so no error-budget alerts",
  );
  // An SLO judged as a whole says neither.
  const whole = text.slice(text.indexOf("### API availability ("), text.indexOf("###", text.indexOf("### API availability (") + 4));
  expect(whole).not.toMatch(/per route|Google Cloud:/);
});

test("summary.json carries the grouping, so the review of adding it or changing it says so", () => {
  const slo = summary(head).slos["api-route-availability"];
  expect(slo).toMatchObject({ grouping: "per route", googleCloud: expect.stringContaining("no Cloud Monitoring SLO object") });
  expect(summary(base).slos["api-availability"]).not.toHaveProperty("grouping");
  const regrouped = model({ ...defs, slos: [...defs.slos, { ...apiRouteAvailability, groupBy: ["route", "method"] }] });
  expect(summaryChanges(summary(head), summary(regrouped))).toEqual([
    {
      change: "changed",
      kind: "slo",
      id: "api-route-availability",
      paths: [{ path: "grouping", before: "per route", after: "per route and method" }],
    },
  ]);
});

test("OpenSLO export leaves a grouped SLO out and says why, rather than exporting it judged as a whole", () => {
  const { files, skipped } = exportOpenSlo(head);
  expect(files.has("api-route-availability.yaml")).toBe(false);
  expect(skipped).toContain('slo "api-route-availability" is judged per route (groupBy), which an OpenSLO v1 SLO cannot express');
});
