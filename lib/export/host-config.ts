import { type Header, type HeaderPolicy, SECURITY_HEADERS } from "./security-headers";
import { sitePaths } from "../site/site";

/** CORS on oEmbed answers: consumers may fetch them from a browser. */
const OEMBED_CORS: Header = { key: "Access-Control-Allow-Origin", value: "*" };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A URL's origin as a regex matching it raw or percent-encoded, as it arrives in ?url=. */
function encodedOriginPattern(origin: string): string {
  const { protocol, host } = new URL(origin);
  const scheme = escapeRegex(protocol.replace(/:$/, ""));
  return `${scheme}(?::|%3A)(?://|%2F%2F)${escapeRegex(host).replace(/:/g, "(?::|%3A)")}`;
}

function nginxHeaders(headers: readonly Header[], indent: string): string {
  // nginx takes the value as one quoted string; none of ours holds a double quote.
  return headers.map((h) => `${indent}add_header ${h.key} "${h.value}" always;`).join("\n");
}

export interface NginxOptions {
  /** Absolute path of the exported site. */
  root: string;
  /** What nginx listens on, e.g. "127.0.0.1:3302" or "80". */
  listen: string;
  /** The public origin the export was made for: /oembed?url= answers only for its pages. */
  origin: string;
  policy?: HeaderPolicy;
}

/**
 * An nginx `map` and `server` block serving the export, to include inside `http { }` (which must
 * load mime.types). nginx does not inherit add_header into a location that sets its own, so each
 * location lists its full set. /oembed?url=… is answered from the per-comparison JSON files.
 */
export function nginxConfig({ root, listen, origin, policy = SECURITY_HEADERS }: NginxOptions): string {
  const framable = policy.framablePrefix;
  const page = [...policy.all, ...policy.noFraming];
  const oembed = [...page, OEMBED_CORS];
  const slugFile = sitePaths.oembed("$counterclaim_oembed_slug");
  return `# Counterclaim static export, made by npm run export. Include inside http { } after mime.types.
map $arg_url $counterclaim_oembed_slug {
    default "";
    "~*^${encodedOriginPattern(origin)}(?:/|%2F)(?:compare|embed)(?:/|%2F)(?<slug>[a-z0-9-]+)(?:/|%2F)?$" $slug;
}

server {
    listen ${listen};
    root ${root};
    charset utf-8;
    charset_types text/css text/csv text/plain application/javascript application/json image/svg+xml;
    gzip on;
    gzip_types text/css text/csv text/plain application/javascript application/json image/svg+xml;
    error_page 404 /404.html;

    location / {
        try_files $uri $uri.html $uri/index.html =404;
${nginxHeaders(page, "        ")}
    }

    # Embeds may be framed by any site: no X-Frame-Options, no frame-ancestors.
    location ${framable} {
        try_files $uri $uri.html =404;
${nginxHeaders(policy.all, "        ")}
    }

    location = ${sitePaths.oembedEndpoint} {
        default_type application/json;
${nginxHeaders(oembed, "        ")}
        if ($arg_format !~ "^(json)?$") { return 501; }
        if ($counterclaim_oembed_slug = "") { return 404; }
        try_files ${slugFile} =404;
    }

    location ${sitePaths.oembedEndpoint}/ {
${nginxHeaders(oembed, "        ")}
    }

    location ~ \\.csv$ {
        default_type text/csv;
${nginxHeaders(page, "        ")}
    }

    location /_next/static/ {
        add_header Cache-Control "public, max-age=31536000, immutable" always;
${nginxHeaders(page, "        ")}
    }

    # The host files written beside the site are not part of it.
    location ~ ^/_(headers|nginx\\.conf)$ {
        return 404;
    }
}
`;
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). Those hosts merge every matching rule, and Netlify
 * cannot remove a header, so "no framing" is listed per top-level entry of the site rather than
 * for /* — the embeds' folder is left out.
 */
export function headersFile(topLevel: readonly { name: string; directory: boolean }[], policy: HeaderPolicy = SECURITY_HEADERS): string {
  const framable = policy.framablePrefix.replace(/^\/|\/$/g, "");
  const rule = (path: string, headers: readonly Header[]) => `${path}\n${headers.map((h) => `  ${h.key}: ${h.value}`).join("\n")}\n`;
  const rules = [rule("/*", policy.all), rule("/", policy.noFraming)];
  for (const entry of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === framable || entry.name.startsWith("_headers") || entry.name === "_nginx.conf") continue;
    const base = entry.name.replace(/\.html$/, "");
    if (entry.directory) rules.push(rule(`/${entry.name}/*`, policy.noFraming));
    else rules.push(rule(`/${entry.name}`, policy.noFraming), ...(base !== entry.name ? [rule(`/${base}`, policy.noFraming)] : []));
  }
  rules.push(rule(`${sitePaths.oembedEndpoint}/*`, [OEMBED_CORS]));
  return rules.join("\n");
}
