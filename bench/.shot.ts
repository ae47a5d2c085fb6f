import { chromium } from "@playwright/test";
(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const jobs: [string, number, "light" | "dark", string][] = [
    ["/sources/oryx-by-type", 1280, "light", ".cc-table-summary .cc-table-wrap"],
    ["/sources/oryx-by-type", 320, "dark", ".cc-table-summary .cc-table-wrap"],
    ["/sources/general-staff-equipment", 1280, "dark", ".cc-table-summary"],
    ["/claims/page/100", 320, "light", ".cc-claims-table tbody"],
    ["/claims", 320, "dark", "main"],
    ["/compare/soldiers-killed", 1280, "light", "section[aria-labelledby=checks-title]"],
    ["/claimants/ua-defence-ministry", 1280, "light", "main"],
  ];
  for (const [path, width, colorScheme, sel] of jobs) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(`http://127.0.0.1:4150${path}`);
    const el = page.locator(sel).first();
    const box = await el.boundingBox();
    const file = `/tmp/wt-tables-shots/clip${path.replace(/\W+/g, "_")}-${width}-${colorScheme}.png`;
    await page.screenshot({ path: file, clip: { x: 0, y: box?.y ?? 0, width, height: Math.min(box?.height ?? 900, 1400) }, fullPage: true });
    console.log(file);
    await page.close();
  }
  await browser.close();
})();
