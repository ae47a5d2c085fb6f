import { defineConfig, devices } from "@playwright/test";
import { HOSTILE_SITE_ENV } from "./scripts/hostile-site";
import { PORTS } from "./e2e/support/ports";

const HOSTILE_SPEC = /hostile-input\.spec\.ts$/;
/** The static export's test starts with minutes of exporting every page (see its beforeAll). */
const EXPORT_SPEC = /embeds-from-the-static-export\.spec\.ts$/;
const chrome = { ...devices["Desktop Chrome"], channel: undefined };
/** E2E_SKIP_HOSTILE=1 runs the site's specs alone, without building or serving the hostile site (for a quick local run). */
const withHostile = process.env.E2E_SKIP_HOSTILE !== "1";

/**
 * End-to-end tests run real Chromium (Debian's) against the built site served as `npm start` serves it
 * (scripts/serve.mjs: Next's handler behind compression); the
 * hostile-input journeys run against a second build, from data full of markup (npm run build:hostile).
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.site}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // The longest tests first in the queue (the export's minutes, then the hostile site's walk of its
    // sitemap, 40 s), so they run beside the others rather than starting late and leaving the other
    // worker idle at the end while they finish.
    { name: "static-export", testMatch: EXPORT_SPEC, use: chrome },
    ...(withHostile ? [{ name: "hostile", testMatch: HOSTILE_SPEC, use: { ...chrome, baseURL: `http://127.0.0.1:${PORTS.hostileSite}` } }] : []),
    { name: "chromium", testIgnore: [HOSTILE_SPEC, EXPORT_SPEC], use: chrome },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs -H 127.0.0.1 -p ${PORTS.site}`,
      url: `http://127.0.0.1:${PORTS.site}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    ...(withHostile
      ? [
          {
            command: `node scripts/serve.mjs -H 127.0.0.1 -p ${PORTS.hostileSite}`,
            url: `http://127.0.0.1:${PORTS.hostileSite}/`,
            reuseExistingServer: false,
            timeout: 60_000,
            env: { NEXT_TELEMETRY_DISABLED: "1", ...HOSTILE_SITE_ENV },
          },
        ]
      : []),
  ],
});
