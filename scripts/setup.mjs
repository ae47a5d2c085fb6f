#!/usr/bin/env node
// Installs what is missing, and nothing else: the npm packages from the lockfile and, with --browser,
// Debian's chromium for the end-to-end tests. Plain Node with no dependencies, since it runs first.
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
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(wanted)) {
    if (process.env.CHROMIUM_PATH) {
      console.error(`setup: CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
      process.exit(1);
    }
    if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
      const env = { DEBIAN_FRONTEND: "noninteractive" };
      run("apt-get", ["update", "-qq"], env);
      run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], env);
    } else {
      console.error(
        "setup: the end-to-end tests need Chromium at /usr/bin/chromium.\n" +
          "  Install it (Debian/Ubuntu: sudo apt-get install chromium), or point the tests at one you have:\n" +
          "  CHROMIUM_PATH=/path/to/chromium npm test",
      );
      process.exit(1);
    }
  }
}
