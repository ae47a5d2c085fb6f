// @ts-check
/**
 * The site's server: Next's own request handler (the built site in .next, or COUNTERCLAIM_NEXT_DIR),
 * behind the `compression` middleware, so a page goes brotli to a client that accepts brotli but not
 * gzip. Next compresses pages itself, gzip only: a client that accepts gzip gets Next's gzip, as from
 * `next start`, and one that accepts neither gets the page as it is. The middleware leaves alone every
 * response that already carries a Content-Encoding (Next's gzip, and the route handlers' precompressed
 * embeds and data, lib/http/delivery.json), 304s and bodies under 1 KB.
 *
 * (Turning Next's own compression off so that browsers get brotli too broke the static export's
 * `next start` under Playwright; not pursued.)
 *
 * node scripts/serve.mjs [-H 127.0.0.1] [-p 3000]  (the flags of `next start`)
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { constants } from "node:zlib";

const require = createRequire(import.meta.url);
/** @type {(options?: Record<string, unknown>) => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, next: () => void) => void} */
const compression = require("compression");
/** @type {typeof import("next").default} */
const next = require("next");

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H", default: "127.0.0.1" }, port: { type: "string", short: "p", default: "3000" } },
});
const hostname = values.hostname ?? "127.0.0.1";
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`-p: expected a port number, found ${JSON.stringify(values.port)}`);

process.env.NEXT_TELEMETRY_DISABLED = "1";

const app = next({ dev: false, hostname, port, dir: join(dirname(fileURLToPath(import.meta.url)), "..") });
const handle = app.getRequestHandler();
// Brotli at quality 6, not compression's 4: the home page (370 KB) went in 27 KB instead of 32 KB,
// compressed in 4.6 ms against gzip's 3.1 ms here. Otherwise compression's defaults: nothing under
// 1 KB, only compressible types (not PNG).
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } } });

await app.prepare();
// compression 1.8.2 ends its encoder when a client leaves mid-response, as Next does for its own.
createServer((req, res) => {
  compress(req, res, () => {
    // Next flushes each chunk of a page it streams (res.flush); its own compression then sets res.flush
    // over this one's, and flushes only its own encoder. Both are flushed, so a brotli page streams too.
    const outer = res.flush;
    /** @type {(() => void) | undefined} */
    let inner;
    Object.defineProperty(res, "flush", {
      configurable: true,
      get: () => () => {
        inner?.();
        outer?.call(res);
      },
      set: (/** @type {() => void} */ fn) => {
        inner = fn;
      },
    });
    handle(req, res).catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}).listen(port, hostname, () => console.log(`counterclaim: serving on http://${hostname}:${port}`));
