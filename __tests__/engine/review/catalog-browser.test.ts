/**
 * catalog.html in a real headless browser (Debian's chromium through playwright-core), built
 * from the engine's fixture organisation and opened from disk with the network off: it makes no
 * request but its own file, logs no error, draws one chart per SLO and environment group, and
 * its routing graphs show staging without PagerDuty and prod's P0/P1 paging.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingChromium, openOffline, type OfflinePage } from "../../../engine/review/catalog-browser";
import { catalogHtml } from "../../../engine/review/catalog-html";
import { sloCharts } from "../../../engine/review/catalog-series";
import { defaults, model } from "../../helpers";

const m = model();
const dir = mkdtempSync(join(tmpdir(), "catalog-html-"));
const file = join(dir, "catalog.html");
writeFileSync(file, catalogHtml(m));
const missing = missingChromium();
let opened: OfflinePage;

beforeAll(async () => {
  if (missing) return;
  opened = await openOffline(file);
  await opened.page.waitForSelector(".chart[data-rendered] canvas");
});
afterAll(async () => opened?.close());

test("chromium is installed", () => {
  // Install it with `npm run install-engines` (Debian package chromium).
  expect(missing).toBeUndefined();
});

const inBrowser = (name: string, fn: () => Promise<void>) =>
  test(name, async () => {
    if (missing) throw new Error(missing);
    await fn();
  });

inBrowser("offline: no request but the file itself, no console or page error", async () => {
  expect(opened.requests).toEqual([opened.url]);
  expect(opened.errors).toEqual([]);
});

inBrowser("one drawn chart per SLO and environment group, with every tier in its legend", async () => {
  const charts = sloCharts(m);
  const sections = opened.page.locator("section.slo-chart");
  expect(await sections.count()).toBe(charts.length);
  for (let i = 0; i < charts.length; i++) {
    const section = sections.nth(i);
    expect(await section.getAttribute("data-slo")).toBe(charts[i].slo);
    const canvas = section.locator(".chart canvas");
    expect(await canvas.count()).toBe(1);
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(150);
    const legend = await section.locator(".u-legend").innerText();
    for (const c of charts[i].curves) expect(legend).toContain(c.label);
    expect(legend).toContain("budget spent after");
    expect(await section.locator(".observed-note").innerText()).toContain("run npm run verify to add observed times");
  }
  // The canvas really has drawing on it: more than a handful of distinct colours.
  // (Evaluated as text: the project compiles without the DOM's types.)
  const colours = await opened.page.evaluate(`(() => {
    const c = document.querySelector(".chart canvas");
    const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  })()`);
  expect(colours).toBeGreaterThan(20);
});

inBrowser("routing: staging has no PagerDuty destination or edge; prod's P0 and P1 page, P2 and P3 do not", async () => {
  const staging = opened.page.locator('section.routing-env[data-environment="staging"]');
  expect(await staging.locator("svg.routing g.source").count()).toBeGreaterThan(0);
  expect(await staging.locator('[data-kind="pagerduty"]').count()).toBe(0);
  expect(await staging.locator(".note").innerText()).toContain("never pages");
  const prod = opened.page.locator('section.routing-env[data-environment="prod"]');
  expect(await prod.locator('g.destination[data-kind="pagerduty"]').count()).toBeGreaterThan(0);
  const paged = async (s: string) => (await prod.locator(`path.edge[data-severity="${s}"][data-kind="pagerduty"]`).count()) > 0;
  expect([await paged("P0"), await paged("P1"), await paged("P2"), await paged("P3")]).toEqual([true, true, false, false]);
});

inBrowser("a screenshot is a real PNG of the page", async () => {
  const png = join(dir, "catalog.png");
  await opened.page.screenshot({ path: png, fullPage: true });
  const bytes = readFileSync(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(900); // width
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(1500); // height: charts and graphs, not an empty page
  expect(bytes.length).toBeGreaterThan(50_000);
});

inBrowser("an SLO named with markup shows as text and runs nothing", async () => {
  const defs = defaults();
  const evil = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>`;
  defs.slos = defs.slos.map((s, i) => (i === 0 ? { ...s, name: evil } : s));
  const evilFile = join(dir, "evil.html");
  writeFileSync(evilFile, catalogHtml(model(defs)));
  const page = await openOffline(evilFile);
  try {
    await page.page.waitForSelector(".chart[data-rendered] canvas");
    expect(await page.page.evaluate("window.pwned")).toBeUndefined();
    expect(await page.page.locator("section.slo-chart h3").first().innerText()).toContain(evil);
    expect(page.requests).toEqual([page.url]);
    expect(page.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
