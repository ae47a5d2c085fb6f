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

  test("an embed that is not there is a 404, compressed like the rest", async ({ baseURL }) => {
    const missing = await rawGet(`${baseURL}/embed/no-such-comparison`, { "Accept-Encoding": "gzip" });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBe("gzip");
  });
});
