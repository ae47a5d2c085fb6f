/**
 * npm run export -- [--out DIR] [--site-url URL] [--listen ADDR] [--port N]
 *
 * Writes the built site as static files any CDN or object store can serve: every prerendered page,
 * embed, data file, chart image and font (fetched from `next start` on a spare local port, so the files
 * are exactly what the server sends), the static assets and any public/ files, one oEmbed answer per comparison, and the
 * host configuration for the security headers (_headers, and an nginx server block in _nginx.conf).
 * Needs a build (npm run export runs one first). COUNTERCLAIM_SITE_URL (or --site-url) is the origin the files
 * will be served from; build and export with the same one.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BUILD_PATHS } from "../lib/site/build-paths";
import { headersFile, nginxConfig } from "../lib/export/host-config";
import { oembedResponse } from "../lib/embed/oembed";
import { SiteOrigin, siteOrigin, sitePaths } from "../lib/site/site";
import { comparisonSlugs, embedModel } from "../lib/site/views";

const NEXT_DIR = join(process.cwd(), BUILD_PATHS.nextDir);

/** The part of Next's prerender manifest the export reads: which routes were prerendered. */
const PrerenderManifest = z.object({ routes: z.record(z.string(), z.unknown()) });

/** Routes Next prerenders for itself, not pages of the site. */
const INTERNAL = new Set(["/_global-error", "/_not-found"]);

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

export async function exportSite({ out, origin, listen, port: chosenPort }: { out: string; origin: string; listen: string; port?: number }): Promise<{ files: number }> {
  if (!existsSync(join(NEXT_DIR, "BUILD_ID"))) throw new Error(`No build in ${BUILD_PATHS.nextDir}: run npm run build first (npm run export does).`);
  const built = BUILD_PATHS.siteUrl;
  if (existsSync(built) && readFileSync(built, "utf8").trim() !== origin) {
    console.warn(`export: the pages were built for ${readFileSync(built, "utf8").trim()}, the oEmbed files are written for ${origin}; build with COUNTERCLAIM_SITE_URL=${origin} for pages that agree.`);
  }
  const manifest = PrerenderManifest.parse(JSON.parse(readFileSync(join(NEXT_DIR, "prerender-manifest.json"), "utf8")));
  const routes = Object.keys(manifest.routes).filter((r) => !INTERNAL.has(r)).sort();

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
  try {
    for (const route of routes) {
      const response = await fetch(`http://127.0.0.1:${port}${route}`);
      if (response.status !== 200) throw new Error(`export: ${route} answered ${response.status}`);
      write(fileForRoute(route, response.headers.get("content-type") ?? ""), new Uint8Array(await response.arrayBuffer()));
    }
    const missing = await fetch(`http://127.0.0.1:${port}/counterclaim-export-404`);
    if (missing.status !== 404) throw new Error(`export: an unknown path answered ${missing.status}, not 404`);
    write("404.html", await missing.text());
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

  const topLevel = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
  write("_headers", headersFile(topLevel));
  write("_nginx.conf", nginxConfig({ root: resolve(out), listen, origin }));
  return { files };
}

async function main() {
  const { values } = parseArgs({
    options: { out: { type: "string", default: "out" }, "site-url": { type: "string" }, listen: { type: "string", default: "8080" }, port: { type: "string" } },
  });
  const port = values.port === undefined ? undefined : z.coerce.number().int().min(1).max(65535).parse(values.port);
  const origin = values["site-url"] ? SiteOrigin.parse(values["site-url"]) : siteOrigin();
  const started = performance.now();
  const { files } = await exportSite({ out: resolve(values.out), origin, listen: values.listen, port });
  console.log(`export: ${files} files written to ${values.out}/ for ${origin} in ${Math.round(performance.now() - started)} ms (plus _next/static and public/).`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
