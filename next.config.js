// @ts-check

/** Security headers, shared with the static export's host files (see lib/export/security-headers.ts). */
const security = require("./lib/export/security-headers.json");
/** Caching and encodings, shared with the export too (see lib/http/delivery.ts). */
const delivery = require("./lib/http/delivery.json");
/** The editions' routing, shared with lib/i18n (see lib/i18n/routing.ts). */
const routing = require("./lib/i18n/routing.json");
const framable = security.framablePrefix.replace(/^\/|\/$/g, "");
const immutable = delivery.immutablePrefix.replace(/^\/|\/$/g, "");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (the hostile-input test site) writes beside the first; lib/site/build-paths.ts reads the same variable.
  distDir: process.env.COUNTERCLAIM_NEXT_DIR?.trim() || ".next",
  poweredByHeader: false,
  // The hostile-input build (scripts/build-hostile.ts) compiles the same code as the normal build, which
  // npm test runs next and which type-checks it; only that second check is skipped, never the normal build's.
  typescript: { ignoreBuildErrors: process.env.COUNTERCLAIM_SKIP_TYPECHECK === "1" },
  reactStrictMode: true,
  // Prerendering is most of the build (every page in three editions): Next's default leaves one core
  // of the machine idle for it (cores − 1 workers); every core works here.
  experimental: { cpus: require("node:os").availableParallelism() },
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // A native addon: custom charts' PNG cards are drawn on demand (lib/render/png.ts), so it loads from node_modules.
  serverExternalPackages: ["@resvg/resvg-js"],
  /**
   * The editions (lib/i18n/routing.ts): every page is app/[locale]/, and English is served at the site's
   * own paths, so they are rewritten to /en/… here, after proxy.ts has checked the request. /en/… itself
   * is no address of the site. /claims with a query is the search (app/[locale]/claims/found).
   * Rewrites here, not in proxy.ts: Next proxies a middleware rewrite to another origin when the
   * request came to 127.0.0.1 (its URL says "localhost"), and these must stay inside the server.
   */
  async rewrites() {
    const prefixed = routing.prefixed.join("|");
    const editions = [{ from: "", to: `/${routing.default}` }, ...routing.prefixed.map((/** @type {string} */ l) => ({ from: `/${l}`, to: `/${l}` }))];
    return {
      beforeFiles: [
        { source: `/${routing.default}`, destination: `/${routing.default}${routing.noPage}` },
        { source: `/${routing.default}/:path*`, destination: `/${routing.default}${routing.noPage}` },
        ...editions.flatMap(({ from, to }) =>
          routing.searchParams.map((/** @type {string} */ key) => ({ source: `${from}/claims`, has: [{ type: "query", key }], destination: `${to}/claims/found` })),
        ),
        { source: "/", destination: `/${routing.default}` },
        { source: `/:path((?!(?:${prefixed}|${routing.default})(?:/|$)|${routing.rootPaths}).*)`, destination: `/${routing.default}/:path` },
      ],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: security.all },
      // Everything but the embeds refuses to be framed; headers cannot be unset, hence the lookahead.
      // The editions' embeds too (/uk/embed/…, /ru/embed/…; /en/… is how English pages are served inside).
      { source: `/((?!(?:en/|uk/|ru/)?${framable}/).*)`, headers: security.noFraming },
      // Pages, embeds, images and data change with the data (daily): cached briefly, revalidated by
      // ETag. Next sets hashed assets immutable itself, and keeps a Cache-Control set here for the rest.
      { source: `/((?!${immutable}/).*)`, headers: [{ key: "Cache-Control", value: delivery.cacheControl.brief }] },
      // The route handlers answer these paths precompressed, but next start drops the Content-Encoding
      // they set: it is sent from here, by the same patterns (lib/http/delivery.ts). The last rule wins.
      ...delivery.encodings.map((/** @type {{ name: string, accepted: string }} */ e) => ({
        source: `/(${delivery.encodedPaths})`,
        has: [{ type: "header", key: "accept-encoding", value: e.accepted }],
        headers: [{ key: "Content-Encoding", value: e.name }],
      })),
    ];
  },
};

module.exports = nextConfig;
