import { chromium } from "@playwright/test";
const base = process.argv[2] ?? "http://127.0.0.1:3500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const path of (process.argv[3] ?? "/uk/compare/armour-claims").split(",")) {
  for (const width of [320, 1280]) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const name = path.replace(/[/?=&]/g, "_");
      await page.screenshot({ path: `/tmp/cc/shots/${name}-${width}-${scheme}.png`, fullPage: false });
      await page.evaluate(() => window.scrollTo(0, 900));
      await page.screenshot({ path: `/tmp/cc/shots/${name}-${width}-${scheme}-2.png`, fullPage: false });
      await page.close();
    }
  }
}
await browser.close();
