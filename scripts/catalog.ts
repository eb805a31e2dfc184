/**
 * npm run catalog: synthesize, then write cdktf.out/CATALOG.md and cdktf.out/catalog.html (the
 * time-to-alert charts and routing graphs, offline). With --screenshot, also a PNG of the page.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { catalog } from "../engine/review/catalog";
import { screenshotCatalog } from "../engine/review/catalog-browser";
import { catalogHtml } from "../engine/review/catalog-html";
import { readStacks } from "../engine/review/stacks";
import { readObserved, writeObserved } from "../engine/verify/observed";
import { validate } from "../stacks/app";
import { defaultOutdir } from "../stacks/project-root";
import { synthCommand } from "../stacks/synth";
import { runCommand } from "./cli";

runCommand({
  usage: "npm run catalog",
  summary:
    "Synthesizes, then writes cdktf.out/CATALOG.md (SLOs with their tiers per target, alerts, routing per team, resources and cost) and cdktf.out/catalog.html (time-to-alert charts per SLO and routing graphs, offline).",
  options: {
    screenshot: { type: "string", valueName: "file.png", description: "also write a PNG of catalog.html (needs chromium)" },
  },
  run: async ({ screenshot }) => {
    const definitions = projectDefinitionsOrExit();
    const outdir = defaultOutdir();
    // Synth replaces the output folder: keep what the last verify observed.
    const observed = readObserved(outdir);
    const code = synthCommand(definitions, outdir, process.stderr);
    if (code !== 0) return code;
    if (observed) writeObserved(outdir, observed);
    const model = validate(definitions);
    const file = join(outdir, "CATALOG.md");
    writeFileSync(file, catalog(model, readStacks(outdir)));
    console.log(`wrote ${file}`);
    const html = join(outdir, "catalog.html");
    writeFileSync(html, catalogHtml(model, observed));
    console.log(`wrote ${html}${observed ? "" : " (no observed detection times: run npm run verify to add them)"}`);
    if (screenshot) {
      const png = resolve(process.env.INIT_CWD ?? process.cwd(), screenshot);
      await screenshotCatalog(html, png);
      console.log(`wrote ${png}`);
    }
    return 0;
  },
});
