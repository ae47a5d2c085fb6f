import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect } from "@playwright/test";
import { handledRoutes, kindOfPath } from "../../lib/export/routes";
import { DELIVERY } from "../../lib/http/delivery";
import { sitePaths } from "../../lib/site/site";
import { type RawResponse, rawGet } from "../../lib/http/raw-get";

export { rawGet };

const header = (r: RawResponse, name: string) => {
  const value = r.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

/** Every embed (each theme), data file, chart file in every edition and script the route handlers serve, but images, and `slug`'s oEmbed answers. */
export function everyEmbedAndDataPath(origin: string, slug: string): string[] {
  const handled = handledRoutes()
    .map((r) => r.path)
    .filter((p) => !p.endsWith(".png"));
  return [...handled, sitePaths.oembed(slug), `${sitePaths.oembedEndpoint}?url=${encodeURIComponent(`${origin}${sitePaths.comparison(slug)}`)}`];
}

/**
 * everyEmbedAndDataPath, but of the editions' chart files only those of this one comparison (their
 * hundreds of others are the same kinds of file, made and served by the same code).
 */
export function embedAndDataPaths(origin: string, slug: string): string[] {
  return everyEmbedAndDataPath(origin, slug).filter((p) => !/^\/[a-z]{2}\/charts\//.test(p) || p.includes(`/charts/${slug}`));
}

/**
 * The first path of each kind (kindOfPath): each embed theme, chart file and oEmbed answer in each
 * edition once, and every data file. The paths of one kind are sent by one route handler, which
 * compresses them alike; the static export fetches every one of them in each encoding and checks that
 * each copy decodes to the file, and its test checks them again as nginx sends them (every English
 * one, and each edition's for one comparison).
 */
export function oneOfEachKind(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const kind = kindOfPath(path);
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** Some pages, to check that they are compressed too. */
export const SOME_PAGES = ["/", sitePaths.comparison("equipment-losses"), "/claims"] as const;

/** Each path answers gzip to `Accept-Encoding: gzip` (and brotli to br, where `brotli`), and the bytes decode to the plain answer. */
export async function expectCompressed(origin: string, paths: readonly string[], { brotli }: { brotli: boolean }): Promise<void> {
  for (const path of paths) {
    const plain = await rawGet(origin + path, { "Accept-Encoding": "identity" });
    expect(plain.status, path).toBe(200);
    expect(header(plain, "content-encoding"), path).toBeUndefined();
    const gzip = await rawGet(origin + path, { "Accept-Encoding": "gzip" });
    expect(header(gzip, "content-encoding"), path).toBe("gzip");
    expect(header(gzip, "vary"), path).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzip.body).equals(plain.body), path).toBe(true);
    // Past a few kilobytes text compresses to under half; a report's short CSV of a few rows may not.
    if (plain.body.length > 4096) expect(gzip.body.length, path).toBeLessThan(plain.body.length / 2);
    if (!brotli) continue;
    const br = await rawGet(origin + path, { "Accept-Encoding": "gzip, deflate, br" });
    expect(header(br, "content-encoding"), path).toBe("br");
    expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
  }
}

/** Every chart image (PNG) the route handlers serve. */
export function imagePaths(): string[] {
  return handledRoutes()
    .map((r) => r.path)
    .filter((p) => p.endsWith(".png"));
}

/** Images go as they are: compressing a PNG again gains nothing. */
export async function expectImagesUncompressed(origin: string, paths: readonly string[] = imagePaths()): Promise<void> {
  for (const path of paths) {
    const png = await rawGet(origin + path, { "Accept-Encoding": "gzip, br" });
    expect(png.status, path).toBe(200);
    expect(header(png, "content-encoding"), path).toBeUndefined();
  }
}

/**
 * The caching of each kind of path: pages, embeds, images and data briefly, hashed assets for good;
 * and revalidating any of them with the ETag it came with is a 304 without a body.
 */
export async function expectCacheHeaders(origin: string, slug: string): Promise<void> {
  const page = await rawGet(origin + sitePaths.comparison(slug));
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(page.body.toString())?.[0];
  expect(asset, "a hashed asset in the page").toBeDefined();
  const kinds: Record<string, string> = {
    page: sitePaths.comparison(slug),
    home: "/",
    embed: sitePaths.embed(slug),
    "embed, dark": `${sitePaths.embed(slug)}?theme=dark`,
    image: sitePaths.chartPng(slug),
    "image, SVG": sitePaths.chartSvg(slug),
    "chart data": sitePaths.chartCsv(slug),
    data: "/data/claims.json",
    oembed: sitePaths.oembed(slug),
    script: sitePaths.embedScript,
  };
  for (const [kind, path] of Object.entries(kinds)) {
    for (const encoding of ["identity", "gzip", "gzip, deflate, br"]) {
      const first = await rawGet(origin + path, { "Accept-Encoding": encoding });
      expect(header(first, "cache-control"), `${kind} ${path}`).toBe(DELIVERY.cacheControl.brief);
      const etag = header(first, "etag");
      expect(etag, `${kind} ${path}: an ETag`).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await rawGet(origin + path, { "Accept-Encoding": encoding, "If-None-Match": etag ?? "" });
      expect(again.status, `${kind} ${path} (${encoding}) revalidated`).toBe(304);
      expect(again.body.length).toBe(0);
      expect(header(again, "cache-control"), `${kind} ${path} 304`).toBe(DELIVERY.cacheControl.brief);
    }
  }
  const hashed = await rawGet(origin + (asset ?? ""), { "Accept-Encoding": "gzip" });
  expect(hashed.status).toBe(200);
  expect(header(hashed, "cache-control")).toBe(DELIVERY.cacheControl.immutable);
}
