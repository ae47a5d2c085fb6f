/**
 * npm run export -- [--out DIR] [--site-url URL] [--listen ADDR] [--port N] [--chart-upstream URL]
 *
 * Writes the built site as static files any CDN or object store can serve: every prerendered page,
 * and every embed (one file a theme), data file and chart image the route handlers answer (fetched
 * from `next start` on a spare local port, so the files are exactly what the server sends), the
 * static assets and any public/ files, one oEmbed answer per comparison; each text file beside its
 * gzip and brotli copies (.gz, .br), for the host to send as they are; and the host configuration
 * for the headers, caching and encodings (_headers and _redirects, and an nginx server block in _nginx.conf).
 * Needs a build (npm run export runs one first). COUNTERCLAIM_SITE_URL (or --site-url) is the origin the files
 * will be served from; build and export with the same one.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { z } from "zod";
import { BUILD_PATHS } from "../lib/site/build-paths";
import { NGINX_BROTLI_MODULE, headersFile, nginxConfig, redirectsFile } from "../lib/export/host-config";
import { handledRoutes } from "../lib/export/routes";
import { encodeBodyAsync } from "../lib/http/encoded";
import { inPool } from "../lib/http/in-pool";
import { rawGet } from "../lib/http/raw-get";
import { oembedResponse } from "../lib/embed/oembed";
import { SiteOrigin, siteOrigin, sitePaths } from "../lib/site/site";
import { comparisonSlugs, embedModel } from "../lib/site/views";
import { DEFAULT_LOCALE, LOCALES, localePath, PREFIXED_LOCALES } from "../lib/i18n/locales";

const NEXT_DIR = join(process.cwd(), BUILD_PATHS.nextDir);

/** The part of Next's prerender manifest the export reads: which routes were prerendered. */
const PrerenderManifest = z.object({ routes: z.record(z.string(), z.unknown()) });

/** Routes Next prerenders for itself, not pages of the site. */
const INTERNAL = new Set(["/_global-error", "/_not-found"]);

/**
 * The site's addresses of the prerendered routes, in every edition. Pages are app/[locale]/, so Next lists
 * them as /en/…, /uk/…, /ru/…; English is served at the site's own paths (/en/claims is /claims), and
 * the long lists of pages are prerendered in English only (lib/i18n/prerendered.ts): each English page
 * is written in every edition, each drawn by next start. Routes outside the editions stay as they are.
 */
export function editionRoutes(prerendered: readonly string[]): string[] {
  const out = new Set<string>();
  for (const route of prerendered) {
    const english = route === `/${DEFAULT_LOCALE}` ? "/" : route.startsWith(`/${DEFAULT_LOCALE}/`) ? route.slice(DEFAULT_LOCALE.length + 1) : undefined;
    if (english !== undefined) for (const locale of LOCALES) out.add(localePath(locale, english));
    else out.add(route);
  }
  return [...out].sort();
}

export function fileForRoute(route: string, contentType: string): string {
  if (route === "/") return "index.html";
  if (contentType.startsWith("text/html")) return `${route.slice(1)}.html`;
  if (!/\.[a-z0-9]+$/i.test(route)) throw new Error(`route ${route} (${contentType}) has no file extension: a static host could not serve it with its type`);
  return route.slice(1);
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function startNext(port: number): Promise<ChildProcess> {
  const bin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [bin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`next start did not answer on port ${port} within 60 s`);
}

/** Files a host sends compressed, when their copies are smaller. Images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|csv|svg|txt|xml|map|webmanifest)$/;
const COMPRESS_FROM_BYTES = 256;
/** Requests in flight to the local server: it renders one page at a time, and the others' bytes travel and compress meanwhile. */
const CONCURRENCY = 2;

/** Whether a file of this name and size gets compressed copies. */
function compressible(name: string, bytes: number): boolean {
  return COMPRESSIBLE.test(name) && bytes >= COMPRESS_FROM_BYTES;
}

/** Writes the copies that are smaller than the file itself. */
function writeCopies(file: string, identity: Uint8Array, gzip: Uint8Array, br: Uint8Array): void {
  if (gzip.length < identity.length) writeFileSync(`${file}.gz`, gzip);
  if (br.length < identity.length) writeFileSync(`${file}.br`, br);
}

/** Writes `<file>.gz` and `<file>.br` beside every compressible file under `dir` that has neither yet; returns how many files got copies. */
export async function precompress(dir: string): Promise<number> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).size >= COMPRESS_FROM_BYTES && !existsSync(`${file}.gz`) && !existsSync(`${file}.br`));
  await inPool(files, CONCURRENCY, async (file) => {
    const body = await encodeBodyAsync(new Uint8Array(readFileSync(file)));
    writeCopies(file, body.identity, body.gzip, body.br);
  });
  return files.length;
}

export async function exportSite({
  out,
  origin,
  listen,
  port: chosenPort,
  brotli = existsSync(NGINX_BROTLI_MODULE),
  upstream,
}: {
  out: string;
  origin: string;
  listen: string;
  port?: number;
  /** Whether the nginx config sends the .br copies (needs ngx_http_brotli_static; Debian: libnginx-mod-http-brotli-static). */
  brotli?: boolean;
  /** Where `next start` serves the custom charts, which a static export cannot hold (default http://127.0.0.1:3000). */
  upstream?: string;
}): Promise<{ files: number; compressed: number }> {
  if (!existsSync(join(NEXT_DIR, "BUILD_ID"))) throw new Error(`No build in ${BUILD_PATHS.nextDir}: run npm run build first (npm run export does).`);
  const built = BUILD_PATHS.siteUrl;
  if (existsSync(built) && readFileSync(built, "utf8").trim() !== origin) {
    console.warn(`export: the pages were built for ${readFileSync(built, "utf8").trim()}, the oEmbed files are written for ${origin}; build with COUNTERCLAIM_SITE_URL=${origin} for pages that agree.`);
  }
  const manifest = PrerenderManifest.parse(JSON.parse(readFileSync(join(NEXT_DIR, "prerender-manifest.json"), "utf8")));
  const routes = editionRoutes(Object.keys(manifest.routes).filter((r) => !INTERNAL.has(r)));

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let files = 0;
  const write = (path: string, content: string | Uint8Array) => {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    files += 1;
  };

  const port = chosenPort ?? (await freePort());
  const next = await startNext(port);
  let compressed = 0;
  try {
    const base = `http://127.0.0.1:${port}`;
    // Pages: each compressed (on the thread pool) as it arrives, while the next ones render.
    await inPool(routes, CONCURRENCY, async (route) => {
      const response = await rawGet(base + route, { "Accept-Encoding": "identity" });
      if (response.status !== 200) throw new Error(`export: ${route} answered ${response.status}`);
      const file = fileForRoute(route, String(response.headers["content-type"] ?? ""));
      write(file, response.body);
      if (!compressible(file, response.body.length)) return;
      const body = await encodeBodyAsync(new Uint8Array(response.body));
      writeCopies(join(out, file), body.identity, body.gzip, body.br);
      compressed += 1;
    });
    // Embeds, data and charts: the route handlers send copies made once (the data's at build time), so
    // the export keeps those exact bytes rather than compressing them again.
    await inPool(handledRoutes(), CONCURRENCY, async ({ path, file }) => {
      const identity = await rawGet(base + path, { "Accept-Encoding": "identity" });
      if (identity.status !== 200) throw new Error(`export: ${path} answered ${identity.status}`);
      write(file, identity.body);
      if (!compressible(file, identity.body.length)) return;
      const [gzip, br] = await Promise.all(["gzip", "br"].map(async (encoding) => {
        const response = await rawGet(base + path, { "Accept-Encoding": encoding });
        if (response.status !== 200 || response.headers["content-encoding"] !== encoding) throw new Error(`export: ${path} was not sent as ${encoding} (${response.status}, ${response.headers["content-encoding"] ?? "no Content-Encoding"})`);
        return response.body;
      }));
      // Each copy must be the file: the static host sends these bytes as they are.
      if (!gunzipSync(gzip!).equals(identity.body) || !brotliDecompressSync(br!).equals(identity.body)) throw new Error(`export: ${path}'s gzip or brotli copy does not decode to its body`);
      writeCopies(join(out, file), identity.body, gzip!, br!);
      compressed += 1;
    });
    const missing = await rawGet(`${base}/counterclaim-export-404`, { "Accept-Encoding": "identity" });
    if (missing.status !== 404) throw new Error(`export: an unknown path answered ${missing.status}, not 404`);
    write("404.html", missing.body);
  } finally {
    next.kill();
  }

  cpSync(join(NEXT_DIR, "static"), join(out, "_next", "static"), { recursive: true });
  if (existsSync("public")) cpSync("public", out, { recursive: true });

  for (const slug of comparisonSlugs()) {
    const model = embedModel(slug);
    if (!model) throw new Error(`export: no embed for ${slug}`);
    write(sitePaths.oembed(slug), `${JSON.stringify(oembedResponse(model, origin, {}), null, 2)}\n`);
  }

  compressed += await precompress(out);
  const editions = new Set<string>(PREFIXED_LOCALES);
  const entries = (dir: string) => readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
  const topLevel = entries(out).map((e) => (e.directory && editions.has(e.name) ? { ...e, children: entries(join(out, e.name)) } : e));
  write("_headers", headersFile(topLevel));
  write("_redirects", redirectsFile());
  write("_nginx.conf", nginxConfig({ root: resolve(out), listen, origin, brotli, upstream }));
  return { files, compressed };
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "out" },
      "site-url": { type: "string" },
      listen: { type: "string", default: "8080" },
      port: { type: "string" },
      // yes/no; by default, whether this machine's nginx has the brotli_static module.
      "nginx-brotli": { type: "string" },
      // The custom charts (/chart, /embed/chart) are drawn per request by next start; nginx passes them there.
      "chart-upstream": { type: "string" },
    },
  });
  const brotli = values["nginx-brotli"] === undefined ? undefined : z.enum(["yes", "no"]).parse(values["nginx-brotli"]) === "yes";
  const port = values.port === undefined ? undefined : z.coerce.number().int().min(1).max(65535).parse(values.port);
  const origin = values["site-url"] ? SiteOrigin.parse(values["site-url"]) : siteOrigin();
  const started = performance.now();
  const upstream = values["chart-upstream"] === undefined ? undefined : SiteOrigin.parse(values["chart-upstream"]);
  const { files, compressed } = await exportSite({ out: resolve(values.out), origin, listen: values.listen, port, brotli, upstream });
  console.log(`export: ${files} files written to ${values.out}/ for ${origin} in ${Math.round(performance.now() - started)} ms (plus _next/static and public/); ${compressed} text files with .gz and .br copies.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
