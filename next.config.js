// @ts-check

/** Security headers, shared with the static export's host files (see lib/security-headers.ts). */
const security = require("./lib/security-headers.json");
const framable = security.framablePrefix.replace(/^\/|\/$/g, "");

/** @type {import('next').NextConfig} */
const nextConfig = {
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
