#!/usr/bin/env node
// Installs what is missing, and nothing else: the npm packages from the lockfile and, with --browser,
// Debian's chromium and nginx for the end-to-end tests. Plain Node with no dependencies, since it runs first.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const stamp = join(root, "node_modules", ".counterclaim-lock");
const lockHash = createHash("sha256").update(readFileSync(join(root, "package-lock.json"))).digest("hex");

function run(command, args, env = {}) {
  console.log(`setup: ${command} ${args.join(" ")}`);
  execFileSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lockHash) {
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, lockHash);
}

if (process.argv.includes("--browser")) {
  // The end-to-end tests drive Debian's chromium, and serve the static export with Debian's nginx.
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const nginx = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  const missing = [];
  if (!existsSync(wanted)) missing.push("chromium", "fonts-dejavu-core");
  if (!existsSync(nginx)) missing.push("nginx");
  // Optional: nginx then sends the static export's brotli copies too (the tests check whichever it can).
  const brotli = !process.env.NGINX_PATH && !existsSync("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so");
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (missing.length === 0 && brotli && canInstall) {
    try {
      run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "libnginx-mod-http-brotli-static"], { DEBIAN_FRONTEND: "noninteractive" });
    } catch {
      console.warn("setup: libnginx-mod-http-brotli-static did not install; nginx will send the export's gzip copies only.");
    }
  }
  if (missing.length > 0) {
    if (process.env.CHROMIUM_PATH && !existsSync(wanted)) {
      console.error(`setup: CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
      process.exit(1);
    }
    if (canInstall) {
      const env = { DEBIAN_FRONTEND: "noninteractive" };
      run("apt-get", ["update", "-qq"], env);
      run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing, ...(brotli ? ["libnginx-mod-http-brotli-static"] : [])], env);
    } else {
      const needs = [missing.includes("chromium") ? `Chromium at ${wanted}` : "", missing.includes("nginx") ? `nginx at ${nginx}` : ""].filter(Boolean);
      console.error(
        `setup: the end-to-end tests need ${needs.join(" and ")}.\n` +
          "  Install them (Debian/Ubuntu: sudo apt-get install chromium nginx), or point the tests at yours:\n" +
          "  CHROMIUM_PATH=/path/to/chromium NGINX_PATH=/path/to/nginx npm test",
      );
      process.exit(1);
    }
  }
}
