/**
 * npm run screenshots -- [--base URL] [--out DIR] [--widths 280,600,1200] PATH...
 * Full-page (or, with --top, first-screen) screenshots of the given pages at 320 px and 1280 px (or --widths), light and dark, in real Chromium,
 * for looking at the pages as a reader would. Needs a running server (npm start).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: "string", default: "http://127.0.0.1:3000" }, out: { type: "string", default: "screenshots" }, js: { type: "boolean", default: true }, top: { type: "boolean", default: false }, widths: { type: "string", default: "320,1280" } },
});

async function main() {
  mkdirSync(values.out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  for (const path of positionals.length > 0 ? positionals : ["/"]) {
    for (const width of values.widths.split(",").map(Number)) {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled: values.js });
        await page.goto(new URL(path, values.base).href, { waitUntil: "load" });
        const file = join(values.out, `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: !values.top });
        console.log(file);
        await page.close();
      }
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
