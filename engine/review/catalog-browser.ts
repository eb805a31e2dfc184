/**
 * catalog.html in a real browser: Debian's chromium, driven by playwright-core (which downloads
 * no browser of its own). Used by the catalog's tests and by `npm run catalog -- --screenshot`.
 * The page is opened offline with every network request aborted and recorded, so a page that
 * tried to fetch anything would show it.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

/** The browser: CHROMIUM_PATH when set, else Debian's package. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** A message saying how to install chromium, or undefined when it is there. */
export function missingChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = chromiumPath(env);
  if (existsSync(path)) return undefined;
  return `chromium (Debian package chromium) not found at ${path}. Install: apt-get install -y --no-install-recommends chromium (or npm run install-engines), or set CHROMIUM_PATH`;
}

export interface OfflinePage {
  readonly page: Page;
  readonly url: string;
  /** Every request the page made, the file itself included. */
  readonly requests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens the file in headless chromium with the network off: any request but the file itself is aborted. */
export async function openOffline(file: string, viewport = { width: 1000, height: 900 }): Promise<OfflinePage> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  // Loaded on use: a devDependency, needed only for screenshots and the browser tests.
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--host-resolver-rules=MAP * ~NOTFOUND"] });
  const context = await browser.newContext({ offline: true, viewport, deviceScaleFactor: 1 });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort("blockedbyclient")));
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, url, requests, errors, close: () => browser.close() };
}

/** Writes a full-page PNG of the catalog file. */
export async function screenshotCatalog(file: string, png: string): Promise<void> {
  const opened = await openOffline(file);
  try {
    await opened.page.waitForSelector(".chart[data-rendered] canvas");
    if (opened.errors.length) throw new Error(`catalog.html reported errors: ${opened.errors.join("; ")}`);
    await opened.page.screenshot({ path: png, fullPage: true });
  } finally {
    await opened.close();
  }
}
