import { type ChildProcess, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { OEmbedResponse } from "../lib/embed/oembed";
import { expectCacheHeaders, expectCompressed, expectImagesUncompressed, rawGet, embedAndDataPaths, SOME_PAGES } from "./support/delivery-checks";
import { expectChartVisible, expectFrameFitsContent, expectWholeEmbedShown } from "./support/embed-checks";
import { NGINX_BROTLI_MODULE } from "../lib/export/host-config";
import { HostPage } from "./support/host-page";
import { startNginx, stopNginx } from "./support/nginx";
import { PORTS } from "./support/ports";
import { consumeOEmbed } from "./support/oembed-consumer";

const NGINX_PORT = PORTS.exportNginx;
const EXPORT_SERVER_PORT = PORTS.exportNext;
const STATIC = `http://127.0.0.1:${NGINX_PORT}`;
const SLUG = "equipment-losses";
const TITLE = "Equipment destroyed, as each side claims it";
const host = new HostPage(PORTS.exportHost);
let dir = "";
let nginx: ChildProcess | undefined;

// One export, one nginx and one host page for the whole file.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The export writes and compresses every page: minutes when the machine is busy.
  test.setTimeout(600_000);
  dir = mkdtempSync(join(tmpdir(), "counterclaim-export-"));
  // nginx's workers may run as another user (nobody, when started as root): let them read the files.
  chmodSync(dir, 0o755);
  const site = join(dir, "site");
  execFileSync(
    process.execPath,
    [join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/export-site.ts", "--out", site, "--site-url", STATIC, "--listen", `127.0.0.1:${NGINX_PORT}`, "--port", String(EXPORT_SERVER_PORT)],
    { stdio: "inherit" },
  );
  nginx = await startNginx(join(dir, "nginx"), join(site, "_nginx.conf"), NGINX_PORT);
  await host.start();
});

test.afterAll(async () => {
  await stopNginx(nginx);
  await host.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.describe("a newsroom embeds a chart from the static export, served by a stock nginx", () => {
  test("with JavaScript: discovered by oEmbed, embedded from another origin, the frame fits the chart", async ({ page }) => {
    const { method, response } = await consumeOEmbed(`${STATIC}/compare/${SLUG}`, STATIC, { maxwidth: 900 });
    expect(method).toBe("auto-discovery");
    expect(response.html).toContain(`src="${STATIC}/embed/${SLUG}"`);
    await page.goto(host.carry(response.html));
    await expectChartVisible(page, SLUG, TITLE);
    await expectFrameFitsContent(page, SLUG);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the chart shows whole at the frame's default height", async ({ page }) => {
      const { response } = await consumeOEmbed(`${STATIC}/compare/${SLUG}`, STATIC);
      await page.goto(host.carry(response.html));
      await expectChartVisible(page, SLUG, TITLE);
      await expectWholeEmbedShown(page, SLUG);
    });
  });

  test("nginx sends the headers: embeds framable, everything else not; nosniff and Referrer-Policy everywhere", async ({ request }) => {
    const embed = (await request.get(`${STATIC}/embed/${SLUG}`)).headers();
    expect(embed["content-type"]).toContain("text/html");
    expect(embed["x-frame-options"]).toBeUndefined();
    expect(embed["content-security-policy"]).toBeUndefined();
    for (const path of ["/", `/compare/${SLUG}`, "/embed.js", `/charts/${SLUG}.csv`, "/no-such-page"]) {
      const headers = (await request.get(STATIC + path)).headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
  });

  test("the files are all there: pages, data, images, and /oembed?url= answered from the oEmbed files", async ({ request }) => {
    expect((await request.get(`${STATIC}/data/claims.csv`)).headers()["content-type"]).toContain("text/csv");
    // The editions' chart files too: the Ukrainian armour page's focus marker reads its points from here.
    const points = await request.get(`${STATIC}/uk/charts/armour-claims-points.json`);
    expect(points.status()).toBe(200);
    expect(points.headers()["content-type"]).toContain("application/json");
    expect((await request.get(`${STATIC}/ru/charts/armour-claims.png`)).headers()["content-type"]).toBe("image/png");
    const png = await request.get(`${STATIC}/charts/${SLUG}.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).length).toBeGreaterThan(30_000);
    const oembed = await request.get(`${STATIC}/oembed?url=${encodeURIComponent(`${STATIC}/compare/${SLUG}`)}&format=json`);
    expect(OEmbedResponse.parse(await oembed.json()).html).toContain(`${STATIC}/embed/${SLUG}`);
    expect((await request.get(`${STATIC}/oembed?url=${encodeURIComponent(`${STATIC}/compare/${SLUG}`)}&format=xml`)).status()).toBe(501);
    expect((await request.get(`${STATIC}/oembed?url=${encodeURIComponent(`https://evil.example/compare/${SLUG}`)}`)).status()).toBe(404);
    expect((await request.get(`${STATIC}/no-such-page`)).status()).toBe(404);
  });

  test("nginx sends every embed, data path and page as the export's gzip copy (brotli where nginx has the module), and images as they are", async () => {
    test.setTimeout(120_000);
    await expectCompressed(STATIC, [...embedAndDataPaths(STATIC, SLUG), ...SOME_PAGES], { brotli: existsSync(NGINX_BROTLI_MODULE) });
    await expectImagesUncompressed(STATIC);
  });

  test("nginx caches each kind of path as next start does, and revalidation is a 304", async () => {
    test.setTimeout(120_000);
    await expectCacheHeaders(STATIC, SLUG);
  });

  test("?theme=light|dark picks that theme's embed file, and any other value the reader's own", async () => {
    const html = async (query: string) => (await rawGet(`${STATIC}/embed/${SLUG}${query}`)).body.toString();
    expect(await html("?theme=dark")).toContain(`<html lang="en" class="cc-dark">`);
    expect(await html("?theme=light")).toContain(`<html lang="en" class="cc-light">`);
    for (const query of ["", "?theme=DARK", "?theme=auto", `?theme=${encodeURIComponent('"><script>')}`]) expect(await html(query), query).toContain(`<html lang="en"><head>`);
  });
});
