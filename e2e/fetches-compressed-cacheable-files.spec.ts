import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { everyEmbedAndDataPath, expectCacheHeaders, expectCompressed, expectImagesUncompressed, imagePaths, oneOfEachKind, rawGet, SOME_PAGES } from "./support/delivery-checks";
import { kindOfPath } from "../lib/export/routes";

const SLUG = "equipment-losses";

/** What a reader's browser, or a newsroom's CDN, gets from the site's server (scripts/serve.mjs: Next behind compression). */
test.describe("a browser or a CDN fetches the pages, embeds and data from the site's server", () => {
  // One path of each kind in each edition, and every data file: the static export fetches all of the
  // thousand-odd embed and chart files in each encoding and checks that every copy decodes to the file.
  test("each kind of embed and data path answers gzip to Accept-Encoding: gzip, and brotli to br", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const paths = oneOfEachKind(everyEmbedAndDataPath(baseURL ?? "", SLUG));
    expect(paths.map((path) => kindOfPath(path))).toEqual(expect.arrayContaining(["/embed/*", "/ru/embed/*?theme=dark", "/uk/charts/*-points.json", "/ru/charts/*-chart-narrow.svg", "/data/claims.json", "/embed.js"]));
    await expectCompressed(baseURL ?? "", paths, { brotli: true });
    // Pages are compressed as they are sent: gzip by Next where a client accepts it (brotli-only: below).
    await expectCompressed(baseURL ?? "", SOME_PAGES, { brotli: false });
    await expectImagesUncompressed(baseURL ?? "", oneOfEachKind(imagePaths()));
  });

  test("a page goes brotli to a client that accepts only brotli, gzip to one that accepts only gzip, as it is to neither", async ({ baseURL }) => {
    test.setTimeout(60_000);
    for (const path of ["/", "/compare/armour-claims", `/compare/${SLUG}`]) {
      const plain = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "identity" });
      expect(plain.status, path).toBe(200);
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      expect(plain.body.toString("utf8"), path).toMatch(/^<!DOCTYPE html>[\s\S]*<h1[^>]*>[\s\S]*<\/html>$/);
      const br = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "br" });
      expect(br.status, path).toBe(200);
      expect(br.headers["content-encoding"], path).toBe("br");
      expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(br.body).equals(plain.body), `${path}: brotli decodes to the page`).toBe(true);
      expect(br.body.length, path).toBeLessThan(plain.body.length / 4);
      const gzip = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "gzip" });
      expect(gzip.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(gzip.body).equals(plain.body), `${path}: gzip decodes to the page`).toBe(true);
      // A revalidation by the ETag a brotli answer came with is a 304 without a body.
      const again = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "br", "If-None-Match": String(br.headers.etag ?? "") });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
    }
    // A page drawn per request (the claims search) is compressed as it streams.
    const search = await rawGet(`${baseURL}/claims?q=8927`, { "Accept-Encoding": "br" });
    expect(search.status).toBe(200);
    expect(search.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(search.body).toString("utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*8,?927[\s\S]*<\/html>$/);
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
