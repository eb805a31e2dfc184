import { fitTiersToLookback, tiersOn } from "../../../engine/model/burn-rate";
import { defaults, model, problemsOf } from "../../helpers";
import { slo, ratio } from "../../../engine/definitions";

const tier = (m: ReturnType<typeof model>, sloId: string, tierId: string) =>
  m.slos.find((s) => s.id === sloId)!.tiers.find((t) => t.id === tierId)!;

describe("error budget", () => {
  test("99.9% over 30 days allows 43.2 minutes", () => {
    const availability = model().slos.find((s) => s.id === "api-availability")!;
    expect(availability.goal).toBe(0.999);
    expect(availability.errorBudget).toBe(0.001);
    expect(availability.errorBudgetMinutes).toBe(43.2);
  });

  test("95% over 7 days allows 504 minutes, 99% over 7 days 100.8", () => {
    const m = model();
    expect(m.slos.find((s) => s.id === "api-latency")!.errorBudgetMinutes).toBe(504);
    expect(m.slos.find((s) => s.id === "data-freshness")!.errorBudgetMinutes).toBe(100.8);
  });
});

describe("SRE Workbook tiers for a 99.9% / 30d SLO", () => {
  const m = model();
  test.each([
    ["page-fast", 0.02, 3600, 300, 14.4, 0.0144, "P1"],
    ["page-slow", 0.05, 21600, 1800, 6, 0.006, "P1"],
    ["ticket", 0.1, 259200, 21600, 1, 0.001, "P2"],
  ])("%s: %p of budget in %ps (short %ps) is %px, error ratio %p, %s", (id, share, long, short, factor, threshold, severity) => {
    const t = tier(m, "api-availability", id);
    expect(t.budgetShare).toBe(share);
    expect(t.longWindowSeconds).toBe(long);
    expect(t.shortWindowSeconds).toBe(short);
    expect(t.factor).toBe(factor);
    expect(t.errorRatioThreshold).toBe(threshold);
    expect(t.severity).toBe(severity);
  });

  test("a total outage is detected by the 14.4x tier after 51.84 seconds", () => {
    expect(tier(m, "api-availability", "page-fast").detectionSeconds).toBe(51.84);
    expect(tier(m, "api-availability", "page-slow").detectionSeconds).toBe(129.6);
  });
});

describe("windows other than 30 days", () => {
  test("7-day SLOs keep the workbook burn rates with a larger share of their smaller budget", () => {
    const m = model();
    const fast = tier(m, "api-latency", "page-fast");
    expect(fast.factor).toBe(14.4);
    expect(fast.budgetShare).toBeCloseTo((0.02 * 30) / 7, 12);
    // 95% objective: 14.4x is a 72% error ratio, reached after 72% of an hour of total outage.
    expect(fast.errorRatioThreshold).toBe(0.72);
    expect(fast.detectionSeconds).toBe(2592);
    expect(tier(m, "api-latency", "ticket").factor).toBe(1);
  });

  test("28 days keeps 14.4x too", () => {
    const defs = defaults();
    defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, window: "28d" as const } : s));
    expect(tier(model(defs), "api-availability", "page-fast").factor).toBe(14.4);
  });
});

describe("per-SLO overrides", () => {
  const withAlerting = (alerting: object) => {
    const defs = defaults();
    defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, alerting } : s));
    return defs;
  };

  test("an explicit budget share derives its own factor", () => {
    const m = model(withAlerting({ tiers: { "page-fast": { budgetShare: 0.05, severity: "P0" } } }));
    const fast = tier(m, "api-availability", "page-fast");
    expect(fast.factor).toBe(36);
    expect(fast.errorRatioThreshold).toBe(0.036);
    expect(fast.severity).toBe("P0");
  });

  test("a tier can be switched off alone", () => {
    const m = model(withAlerting({ tiers: { ticket: false } }));
    expect(m.slos.find((s) => s.id === "api-availability")!.tiers.map((t) => t.id)).toEqual(["page-fast", "page-slow"]);
  });

  test("a tier below 1x is rejected", () => {
    expect(problemsOf(withAlerting({ tiers: { ticket: { budgetShare: 0.05 } } }))).toEqual([
      'slo "api-availability": alerting.tiers.ticket: burn rate 0.5x is below 1x: it would fire while the budget is spent at a sustainable pace; raise budgetShare or shorten longWindow',
    ]);
  });

  test("a tier that needs more than 100% errors is rejected", () => {
    const defs = withAlerting({});
    defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, objective: 90 } : s));
    expect(problemsOf(defs)).toEqual([
      'slo "api-availability": alerting.tiers.page-fast: burn rate 14.4x needs an error ratio of 1.44, above 100%: it can never fire; lower budgetShare or widen longWindow',
    ]);
  });

  test("short window must be shorter than the long one, and unknown tiers are named", () => {
    expect(problemsOf(withAlerting({ tiers: { "page-slow": { shortWindow: "6h" }, fastest: {} } }))).toEqual([
      'slo "api-availability": alerting.tiers.fastest: unknown tier; known tiers: page-fast, page-slow, ticket',
      'slo "api-availability": alerting.tiers.page-slow.shortWindow: must be shorter than the long window 6h, got 6h',
    ]);
  });
});

describe("lookback limits", () => {
  test("the 3d/6h ticket tier becomes the workbook's 24h/2h at 3x under a 24h limit", () => {
    const availability = model().slos.find((s) => s.id === "api-availability")!;
    const fitted = fitTiersToLookback(availability, 86400, "Cloud Monitoring");
    expect(fitted.slice(0, 2)).toEqual(availability.tiers.slice(0, 2));
    const ticket = fitted[2];
    expect(ticket.longWindowSeconds).toBe(86400);
    expect(ticket.shortWindowSeconds).toBe(7200);
    expect(ticket.factor).toBe(3);
    expect(ticket.errorRatioThreshold).toBe(0.003);
    expect(ticket.replaces?.reason).toBe(
      "Cloud Monitoring limits the burn-rate lookback to 24h, so this tier uses 24h/2h at 3x (SRE Workbook) instead of 3d/6h at 1x",
    );
  });

  test("the model gives each SLO the tiers each target deploys: Google Cloud fits the ticket tier, CloudWatch's 7 days need no change", () => {
    const availability = model().slos.find((s) => s.id === "api-availability")!;
    expect(tiersOn(availability, "gcp").map((t) => [t.id, t.longWindowSeconds, t.shortWindowSeconds, t.factor])).toEqual([
      ["page-fast", 3600, 300, 14.4],
      ["page-slow", 21600, 1800, 6],
      ["ticket", 86400, 7200, 3],
    ]);
    expect(tiersOn(availability, "aws")).toEqual(availability.tiers);
    expect(tiersOn(availability, "grafana")).toEqual(availability.tiers);
  });
});

test("a new SLO is one definition", () => {
  const defs = defaults();
  defs.slos = [
    ...defs.slos,
    slo({
      id: "checkout-success",
      service: "api",
      objective: 99.5,
      window: "28d",
      sli: ratio({ prometheus: { errors: 'checkout_total{result="error"}', total: "checkout_total" } }),
      runbook: "https://docs.nous.com/runbooks/checkout",
    }),
  ];
  const checkout = model(defs).slos.find((s) => s.id === "checkout-success")!;
  expect(checkout.errorBudgetMinutes).toBe(201.6);
  expect(checkout.tiers.map((t) => t.factor)).toEqual([14.4, 6, 1]);
});
