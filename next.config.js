// @ts-check

/** Security headers, shared with the static export's host files (see lib/export/security-headers.ts). */
const security = require("./lib/export/security-headers.json");
const framable = security.framablePrefix.replace(/^\/|\/$/g, "");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (the hostile-input test site) writes beside the first; lib/site/build-paths.ts reads the same variable.
  distDir: process.env.COUNTERCLAIM_NEXT_DIR?.trim() || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  async headers() {
    return [
      { source: "/:path*", headers: security.all },
      // Everything but the embeds refuses to be framed; headers cannot be unset, hence the lookahead.
      { source: `/((?!${framable}/).*)`, headers: security.noFraming },
    ];
  },
};

module.exports = nextConfig;
