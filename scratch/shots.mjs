import { chromium } from "@playwright/test";
const base = process.argv[2] ?? "http://127.0.0.1:3509/";
const out = process.argv[3] ?? "/tmp/rv";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [w, h, scheme] of [[1280, 900, "light"], [1280, 900, "dark"], [320, 900, "light"], [320, 900, "dark"]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(base);
  await page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Accept" }) }).first().waitFor();
  await page.locator("#claims > li").first().focus();
  await page.keyboard.press("a");
  await page.keyboard.press("a");
  await page.keyboard.press("r");
  await page.getByRole("button", { name: "Check" }).click();
  await page.getByText("beside the claims").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/review-${w}-${scheme}.png`, fullPage: false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(w, scheme, "errors:", errors, "horizontal overflow:", overflow);
  await page.close();
}
await browser.close();
