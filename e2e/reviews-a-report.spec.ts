import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { PORTS } from "./support/ports";
import { axeRun } from "./support/axe";

// The editor's review page (npm run review), in a real browser, against a copy of data/ in a temp
// folder so data/ is never touched. The reports are not ours: they are read from ../shared, and the
// journey is skipped without them.
const DEV = join(process.cwd(), "..", "shared", "reports", "dev");
const RUMOD = join(process.cwd(), "..", "shared", "reports", "ru-defence-ministry");
const REPORT = "06-reuters-russia-says-destroyed-two-himars.txt";
const BASE = `http://127.0.0.1:${PORTS.review}/`;

/** Starts the review server on one report, from a temp sources folder, and waits for it to listen. */
async function startReview(dir: string, report: string, from: string): Promise<ChildProcess> {
  const sources = join(dir, "sources");
  mkdirSync(sources, { recursive: true });
  cpSync(join(from, report), join(sources, report));
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/review/server.ts", join(sources, report), "--data", join(dir, "data"), "--sources", sources, "--port", String(PORTS.review)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += String(chunk)));
  server.stderr?.on("data", (chunk) => (output += String(chunk)));
  for (let tries = 0; tries < 240 && !output.includes("Review page:"); tries++) {
    if (server.exitCode !== null) throw new Error(`the review server stopped: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!output.includes("Review page:")) throw new Error(`the review server did not start: ${output}`);
  return server;
}

function stop(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** Selects `passage` in the report's text, as a mouse would: a DOM range over the text nodes. */
async function selectPassage(page: Page, passage: string) {
  await page.evaluate((wanted) => {
    const container = document.getElementById("text");
    if (!container) throw new Error("no report text");
    const full = container.textContent ?? "";
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the report`);
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (seen <= at && at <= seen + length) range.setStart(node, at - seen);
      if (seen <= at + wanted.length && at + wanted.length <= seen + length) {
        range.setEnd(node, at + wanted.length - seen);
        break;
      }
      seen += length;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, passage);
}

/** A request with headers a browser would not let a page set (Host), straight over HTTP. */
function rawStatus(headers: Record<string, string>, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: PORTS.review, method, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(method === "POST" ? "{}" : undefined);
  });
}

const card = (page: Page, n: number) => page.locator("#claims > li").nth(n);

test.describe("an editor reviews a report", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  test.skip(!existsSync(join(DEV, REPORT)), "the dev reports are not in ../shared");
  let dir: string;
  let server: ChildProcess | undefined;

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "counterclaim-review-"));
    cpSync("data", join(dir, "data"), { recursive: true });
  });

  test.afterAll(async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  });

  test("drafts a dev report, accepts, fixes a claimant, adds a missed claim, rejects one, saves a valid source", async ({ page }) => {
    server = await startReview(dir, REPORT, DEV);
    await page.goto(BASE);
    await expect(page.getByRole("status")).toHaveText("5 claims: 0 accepted, 0 rejected, 5 to review.");
    const { violations } = await axeRun(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    const started = Date.now();
    // Every drafted claim is highlighted at its offsets.
    await expect(page.locator("#text mark").first()).toBeVisible();
    const text = readFileSync(join(DEV, REPORT), "utf8");
    for (const quote of await page.locator("#claims blockquote").allTextContents()) {
      expect(await page.locator("#text").textContent()).toContain(quote);
      expect(text).toContain(quote);
    }

    // The claimant picker is searchable by who spoke for a claimant (who-is-who), not only by id.
    await expect(page.locator('#claimant-options option[value="ru-defence-ministry"]')).toHaveAttribute("label", /Sergei Shoigu \(2012-11-06 to 2024-05-12\)/);
    await page.getByLabel("Source id").fill("reuters-2022-07-06-russia-says-destroyed-himars");

    // Keyboard first: the first claim is current; a accepts it and moves on, j/k move.
    await page.locator("#claims > li").first().focus();
    await page.keyboard.press("a");
    await expect(card(page, 0)).toHaveClass(/accepted/);
    await expect(card(page, 1)).toHaveClass(/current/);
    await page.keyboard.press("a");
    await page.keyboard.press("a");
    await expect(page.getByRole("status")).toHaveText("5 claims: 3 accepted, 0 rejected, 2 to review.");

    // The claim of control over Luhansk is the newsroom's own words, not Russia's: fix its claimant with the picker.
    const luhansk = card(page, 3);
    await expect(luhansk).toContainText("Control: Luhansk");
    await luhansk.getByLabel("Claimant").fill("unattributed");
    await luhansk.getByLabel("Claimant").press("Tab");
    await expect(page.locator("#claims > li").nth(3)).toContainText("Unattributed (the report's own words or unnamed reports)");
    // Its drafted quote runs over 150 characters: cut it to the words that state the claim, by selecting them.
    await selectPassage(page, "the main focus for Russian troops after the capture of Luhansk on Sunday");
    await page.locator("#claims > li").nth(3).getByRole("button", { name: "Quote the selection" }).click();
    await expect(page.locator("#claims > li").nth(3).locator("blockquote")).toHaveText("the main focus for Russian troops after the capture of Luhansk on Sunday");
    await page.locator("#claims > li").nth(3).getByRole("button", { name: "Accept" }).click();

    // Saving with a claim left undecided: the error stands beside that claim, and nothing is written.
    await page.getByRole("button", { name: "Save" }).click();
    await expect(card(page, 4).getByRole("list", { name: "Errors" })).toContainText("not reviewed yet");
    expect(existsSync(join(dir, "data", "sources", "reuters-2022-07-06-russia-says-destroyed-himars.json"))).toBe(false);

    // Reject one with the keyboard.
    await card(page, 4).focus();
    await page.keyboard.press("r");
    await expect(card(page, 4)).toHaveClass(/rejected/);

    // The figure the extractor missed: select it in the text and make a claim of it (offsets computed, not typed).
    await selectPassage(page, "The United States has pledged to deliver eight by mid-July");
    await expect(page.getByRole("button", { name: "Make a claim from the selection" })).toBeEnabled();
    await page.keyboard.press("n");
    const added = page.locator("#claims > li", { hasText: "The United States has pledged to deliver eight by mid-July" });
    await expect(added).toContainText("added");
    await expect(added.getByLabel("Value")).toHaveValue("8");
    await added.getByLabel("Metric").selectOption("multiple-rocket-launchers");
    // Each edit is checked at once: an empty subject is an error beside the claim, before any save.
    await page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByLabel("Subject").fill("");
    await page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByLabel("Subject").press("Tab");
    await expect(page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByRole("list", { name: "Errors" })).toContainText("subject");
    await page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByLabel("Subject").fill("HIMARS systems pledged to Ukraine");
    await page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByLabel("Subject").press("Tab");
    const claimant = page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByLabel("Claimant");
    await claimant.fill("us-government");
    await claimant.press("Tab");
    await expect(page.locator("#new-claimants")).toContainText("us-government");
    // A claim made from a selection is a draft like the others: the editor accepts it once its fields are right.
    await page.locator("#claims > li", { hasText: "pledged to deliver eight" }).getByRole("button", { name: "Accept" }).click();

    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert")).toContainText("Saved: data/sources/reuters-2022-07-06-russia-says-destroyed-himars.json", { timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`review page, scripted editor: ${REPORT} from draft to a saved, valid source in ${seconds.toFixed(1)} s`);

    const saved = JSON.parse(readFileSync(join(dir, "data", "sources", "reuters-2022-07-06-russia-says-destroyed-himars.json"), "utf8"));
    expect(saved.claims).toHaveLength(5);
    expect(saved.claims.map((c: { claimantId: string }) => c.claimantId)).toEqual(["ru-defence-ministry", "russia", "russia", "unattributed", "us-government"]);
    expect(saved.claims[3]).toMatchObject({ id: "unattributed-luhansk-russian-control-2022-07-06", quote: "the main focus for Russian troops after the capture of Luhansk on Sunday" });
    const eight = saved.claims.at(-1);
    expect(eight).toMatchObject({ id: "us-government-multiple-rocket-launchers-2022-07-06", value: 8, quote: "The United States has pledged to deliver eight by mid-July" });
    expect(text.slice(eight.locator.start, eight.locator.end)).toBe(eight.quote);
    const claimants = readFileSync(join(dir, "data", "claimants.json"), "utf8");
    expect(claimants).toContain('"id": "us-government"');
    expect(claimants).not.toContain("european-council-on-foreign-relations");
    // The same checks as npm run validate, on the folder written.
    const validate = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/validate.ts", "--data", join(dir, "data"), "--sources", join(dir, "sources")], { encoding: "utf8" });
    expect(validate).toMatch(/^OK: /m);
    // Loopback only, and only as itself: a page of another site reaching it under another name, or posting to it, is refused.
    expect(await rawStatus({ host: "attacker.example" }, "GET", "/api/draft")).toBe(421);
    expect(await rawStatus({ host: `127.0.0.1:${PORTS.review}`, origin: "http://attacker.example", "content-type": "application/json" }, "POST", "/api/save")).toBe(403);
    // data/ itself is untouched.
    expect(existsSync(join("data", "sources", "reuters-2022-07-06-russia-says-destroyed-himars.json"))).toBe(false);
    await stop(server);
  });

  for (const [report, language, passage] of [
    ["rumod-2023-04-28-lenta.txt", "ru", undefined],
    ["rumod-2025-04-02-sputnik-ar.txt", "ar", undefined],
  ] as const) {
    test(`keeps offsets exact in a ${language === "ru" ? "Cyrillic" : "right-to-left"} report`, async ({ page }) => {
      test.skip(!existsSync(join(RUMOD, report)), "the Ministry's reports are not in ../shared");
      server = await startReview(dir, report, RUMOD);
      await page.goto(BASE);
      await expect(page.locator("#text")).toHaveCSS("unicode-bidi", "plaintext");
      const text = readFileSync(join(RUMOD, report), "utf8");
      expect(await page.locator("#text").textContent()).toBe(text);
      // A passage in the report's own script, selected and made a claim: its quote is the text at its offsets.
      const body = text.split("\n").find((line) => line.length > 60 && !line.startsWith("date")) ?? "";
      const chosen = passage ?? body.slice(0, 40).trim();
      await selectPassage(page, chosen);
      await page.getByRole("button", { name: "Make a claim from the selection" }).click();
      const added = page.locator("#claims > li", { hasText: "added" });
      await expect(added).toHaveCount(1);
      await expect(added.locator("blockquote")).toHaveText(chosen);
      await expect(added.getByLabel("English translation (Counterclaim's)")).toHaveCount(0);
      await page.getByLabel("Language").fill(language);
      await page.getByLabel("Language").press("Tab");
      await expect(added.getByLabel("English translation (Counterclaim's)")).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`review-${language}.png`) });
      await stop(server);
    });
  }
});
