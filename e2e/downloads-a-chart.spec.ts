import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { builtClaimsExport } from "./support/claims-export";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SLUG = "equipment-losses";

/** Clicks a download link in "Download this chart" and returns the file's name and bytes. */
async function download(page: Page, name: RegExp): Promise<{ filename: string; bytes: Buffer }> {
  const section = page.getByRole("region", { name: "Download this chart" });
  const [file] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name }).click()]);
  const path = await file.path();
  return { filename: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The dataset version claims.json gives (the served file is the built one: downloads-the-data.spec.ts). */
function datasetVersion(): string {
  return builtClaimsExport().dataset.version;
}

test.describe("a reader downloads a chart", () => {
  test("as a PNG: a real image 1200 wide, as tall as its link says (630, or more where its text needs it)", async ({ page }) => {
    await page.goto(`/compare/${SLUG}`);
    const stated = /PNG, 1200 × (\d+)/.exec((await page.getByRole("region", { name: "Download this chart" }).textContent()) ?? "")?.[1];
    expect(Number(stated)).toBeGreaterThanOrEqual(630);
    const { filename, bytes } = await download(page, /PNG/);
    expect(filename).toBe(`counterclaim-${SLUG}-v${datasetVersion()}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, Number(stated)]);
    expect(bytes.length).toBeGreaterThan(30_000);
  });

  test("as an SVG that carries the title, the page's source line, the date and the site's name", async ({ page }) => {
    await page.goto(`/compare/${SLUG}`);
    const sourceLine = (await page.locator("figcaption.cc-source").textContent()) ?? "";
    expect(sourceLine).toMatch(/^Sources: /);
    const { bytes } = await download(page, /SVG/);
    const doc = new JSDOM(bytes.toString("utf8"), { contentType: "image/svg+xml" }).window.document;
    expect(doc.querySelector("parsererror")).toBeNull();
    // The card wraps long lines into several <text> elements; joined, they are the words as written.
    const words = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" ");
    expect(words).toContain(sourceLine);
    expect(words).toContain("Equipment destroyed, as each side claims it");
    expect(words).toContain("As reported 2 Mar 2022");
    expect(words).toContain("Counterclaim");
    expect(doc.querySelectorAll("svg svg .cc-figure rect").length).toBeGreaterThan(3);
  });

  test("as CSV that parses back into the chart's figures, 'not reported' where a side gave none", async ({ page }) => {
    await page.goto(`/compare/${SLUG}`);
    const { bytes, filename } = await download(page, /figures/);
    expect(filename).toMatch(/\.csv$/);
    const rows: Record<string, string>[] = parse(bytes.toString("utf8"), { columns: true });
    const tanks = rows.find((r) => r.category === "Tanks (and armoured vehicles)" && r.claimantId === "russia");
    expect(tanks).toMatchObject({ figure: "more than 470", qualifier: "more-than", value: "470", claimId: "russia-tanks-and-armoured-vehicles-2022-03-02" });
    expect(tanks?.notComparable).toMatch(/Russia gives one figure/);
    expect(rows.find((r) => r.category === "Helicopters" && r.claimantId === "russia")).toMatchObject({ figure: "not reported", value: "" });
    // Every bar on the page's table is a row here.
    expect(rows).toHaveLength(await page.locator(".cc-table tbody tr").count());
  });

  test("and cites it with the dataset version", async ({ page }) => {
    await page.goto(`/compare/${SLUG}`);
    const citation = page.getByRole("region", { name: "Download this chart" }).getByLabel("Cite this chart");
    await expect(citation).toContainText(`dataset version ${datasetVersion()}`);
    await expect(citation).toContainText(`/compare/${SLUG}`);
    await expect(citation).toContainText("Equipment destroyed, as each side claims it");
  });

  test("a timeline of claims of control downloads too", async ({ page }) => {
    await page.goto("/compare/kherson-control");
    const png = await download(page, /PNG/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const csv = await download(page, /claims/);
    const rows: Record<string, string>[] = parse(csv.bytes.toString("utf8"), { columns: true });
    expect(rows.map((r) => r.place)).toContain("Kherson");
  });
});
