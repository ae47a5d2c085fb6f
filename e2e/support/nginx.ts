import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NGINX_BROTLI_MODULE } from "../../lib/export/host-config";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const MIME_TYPES = "/etc/nginx/mime.types";

/** Debian's nginx, installed here when it is missing and we may (root, apt), as setup.mjs does. */
export function ensureNginx(): string {
  if (existsSync(NGINX)) return NGINX;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { env, stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nginx"], { env, stdio: "inherit" });
    if (existsSync(NGINX)) return NGINX;
  }
  throw new Error(`nginx is needed at ${NGINX} to serve the static export (Debian: apt-get install nginx), or set NGINX_PATH.`);
}

/**
 * A stock nginx in the foreground, with its pid, logs and temp files in `dir`, serving the server
 * block the export wrote (`siteConfig`) and nothing else; with Debian's brotli_static module loaded
 * when it is installed (the export then sends its .br copies).
 */
export async function startNginx(dir: string, siteConfig: string, port: number): Promise<ChildProcess> {
  const binary = ensureNginx();
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "nginx.conf");
  writeFileSync(
    config,
    `${existsSync(NGINX_BROTLI_MODULE) ? `load_module ${NGINX_BROTLI_MODULE};\n` : ""}daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 128; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${join(dir, "body")};
    proxy_temp_path ${join(dir, "proxy")};
    fastcgi_temp_path ${join(dir, "fastcgi")};
    uwsgi_temp_path ${join(dir, "uwsgi")};
    scgi_temp_path ${join(dir, "scgi")};
    include ${siteConfig};
}
`,
  );
  const child = spawn(binary, ["-c", config, "-e", join(dir, "error.log")], { stdio: ["ignore", "inherit", "inherit"] });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}; see ${join(dir, "error.log")}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`nginx did not answer on port ${port}`);
}

export async function stopNginx(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGQUIT");
  await exited;
}
