import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { expectCacheHeaders, expectCompressed, expectImagesUncompressed, rawGet, embedAndDataPaths, SOME_PAGES } from "./support/delivery-checks";

const SLUG = "equipment-losses";

/** What a reader's browser, or a newsroom's CDN, gets from `next start`. */
test.describe("a browser or a CDN fetches the embeds and data from next start", () => {
  test("every embed and data path answers gzip to Accept-Encoding: gzip, and brotli to br", async ({ baseURL }) => {
    test.setTimeout(120_000);
    await expectCompressed(baseURL ?? "", embedAndDataPaths(baseURL ?? "", SLUG), { brotli: true });
    // Pages are Next's own: it gzips them as it sends them.
    await expectCompressed(baseURL ?? "", SOME_PAGES, { brotli: false });
    await expectImagesUncompressed(baseURL ?? "");
  });

  test("each kind of path is cached briefly, hashed assets for good, and revalidation is a 304", async ({ baseURL }) => {
    test.setTimeout(120_000);
    await expectCacheHeaders(baseURL ?? "", SLUG);
  });

  test("a path that names nothing is a 404 whose body is in the encoding its header says, whatever its case", async ({ baseURL }) => {
    for (const path of ["/embed/no-such-comparison", "/embed/EQUIPMENT-LOSSES", "/charts/NO-SUCH.SVG", "/oembed/x", "/embed/equipment-losses%2F", "/data/CLAIMS.CSV"]) {
      const missing = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "gzip" });
      expect(missing.status, path).toBe(404);
      const body = missing.headers["content-encoding"] === "gzip" ? gunzipSync(missing.body) : missing.body;
      expect(body.toString("utf8"), path).toMatch(/^(No such comparison\.|Not found\.|\{"error"|<!DOCTYPE html>)/);
    }
  });
});
