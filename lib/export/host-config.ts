import { type Header, type HeaderPolicy, SECURITY_HEADERS } from "./security-headers";
import { DELIVERY, type Delivery } from "../http/delivery";
import { EMBED_THEMES } from "../embed/theme";
import { sitePaths } from "../site/site";
import { type Locale, LOCALES, localePath, PREFIXED_LOCALES } from "../i18n/locales";

/** Where Debian's libnginx-mod-http-brotli-static puts the module that sends the export's .br copies. */
export const NGINX_BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

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

const BROTLI_NOTE = `# Sends the .br copies: needs, in the main context, load_module ${NGINX_BROTLI_MODULE};
# (Debian: apt-get install libnginx-mod-http-brotli-static, which loads it from /etc/nginx/modules-enabled).`;
const GZIP_NOTE = "# Sends the .gz copies; npm run export -- --nginx-brotli yes adds the .br ones (module ngx_http_brotli_static).";

/** Where the export's nginx config passes the custom charts by default: `npm start` on the same machine. */
export const DEFAULT_CHART_UPSTREAM = "http://127.0.0.1:3000";

export interface NginxOptions {
  /** Absolute path of the exported site. */
  root: string;
  /** What nginx listens on, e.g. "127.0.0.1:3302" or "80". */
  listen: string;
  /** The public origin the export was made for: /oembed?url= answers only for its pages. */
  origin: string;
  /** Send the .br copies too (brotli_static, a module nginx loads: see NGINX_BROTLI_MODULE). */
  brotli?: boolean;
  /** Where `next start` runs, for the custom charts (/chart, /embed/chart), which are drawn per request. */
  upstream?: string;
  policy?: HeaderPolicy;
  delivery?: Delivery;
}

/**
 * An nginx `map` and `server` block serving the export, to include inside `http { }` (which must
 * load mime.types). nginx does not inherit add_header into a location that sets its own, so each
 * location lists its full set. Text goes out as the export's .gz (and .br) copies, nothing is
 * compressed per request; every file carries an ETag and Last-Modified, so revalidation is a 304.
 * /oembed?url=… is answered from the per-comparison JSON files, ?theme= from the embed's theme files.
 */
export function nginxConfig({ root, listen, origin, brotli = false, upstream = DEFAULT_CHART_UPSTREAM, policy = SECURITY_HEADERS, delivery = DELIVERY }: NginxOptions): string {
  const framable = policy.framablePrefix;
  const brief: Header = { key: "Cache-Control", value: delivery.cacheControl.brief };
  const immutable: Header = { key: "Cache-Control", value: delivery.cacheControl.immutable };
  const page = [...policy.all, ...policy.noFraming, brief];
  const embed = [...policy.all, brief];
  const oembed = [...page, OEMBED_CORS];
  const slugFile = sitePaths.oembed("$counterclaim_oembed_slug");
  const themes = EMBED_THEMES.filter((t) => t !== "auto").map((t) => `    "~^${t}$" ".theme-${t}";`);
  return `# Counterclaim static export, made by npm run export. Include inside http { } after mime.types.
${brotli ? BROTLI_NOTE : GZIP_NOTE}
map $arg_url $counterclaim_oembed_slug {
    default "";
    "~*^${encodedOriginPattern(origin)}(?:/|%2F)(?:compare|embed)(?:/|%2F)(?<slug>[a-z0-9-]+)(?:/|%2F)?$" $slug;
}

# ?theme=light|dark picks that theme's prebuilt embed; any other value, the reader's own (regexes: plain map strings match case-insensitively).
map $arg_theme $counterclaim_embed_theme {
    default "";
${themes.join("\n")}
}

server {
    listen ${listen};
    root ${root};
    charset utf-8;
    charset_types text/css text/csv text/plain application/javascript application/json image/svg+xml;
    gzip off;
    gzip_static on;
    gzip_vary on;
${brotli ? "    brotli_static on;\n" : ""}    etag on;
    error_page 404 /404.html;

    location / {
        try_files $uri $uri.html $uri/index.html =404;
${nginxHeaders(page, "        ")}
    }

${[framable, ...PREFIXED_LOCALES.map((locale) => `/${locale}${framable}`)]
  .map(
    (at) => `    # Embeds (${at === framable ? "English" : at.split("/")[1]}) may be framed by any site: no X-Frame-Options, no frame-ancestors.
    location ${at} {
        # A pinned embed (?asof=) is drawn per request, by next start.
        proxy_set_header Host $host;
        if ($arg_asof != "") { proxy_pass ${upstream}; }
        try_files $uri$counterclaim_embed_theme.html $uri.html $uri =404;
${nginxHeaders(embed, "        ")}
    }
`,
  )
  .join("")}
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

    location ${delivery.immutablePrefix} {
${nginxHeaders([...policy.all, ...policy.noFraming, immutable], "        ")}
    }

    # Charts of any topic and dates are drawn per request: the export holds only the presets, so these
    # go to next start, which sends its own headers.
${[`= ${sitePaths.chart.page}`, `${sitePaths.chart.page}/`, `= ${sitePaths.chart.embed}`].map((at) => `    location ${at} {
        proxy_pass ${upstream};
        proxy_set_header Host $host;
    }
`).join("")}
    # The host files written beside the site are not part of it.
    location ~ ^/_(headers|redirects|nginx\\.conf)$ {
        return 404;
    }
}
`;
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). Those hosts merge every matching rule, and Netlify
 * cannot remove a header, so "no framing" and the brief Cache-Control are listed per top-level entry
 * of the site rather than for /* — the embeds' folder is left out of the first, the hashed assets'
 * folder out of the second (it is immutable). Such hosts compress text themselves and revalidate by
 * ETag.
 */
/** An entry at the top of the export; an edition's folder (uk/, ru/) lists its own entries, its embeds' folder among them. */
export interface ExportEntry {
  name: string;
  directory: boolean;
  children?: readonly { name: string; directory: boolean }[];
}

export function headersFile(topLevel: readonly ExportEntry[], policy: HeaderPolicy = SECURITY_HEADERS, delivery: Delivery = DELIVERY): string {
  const framable = policy.framablePrefix.replace(/^\/|\/$/g, "");
  const hashed = delivery.immutablePrefix.replace(/^\/|\/$/g, "").split("/")[0];
  const brief: Header = { key: "Cache-Control", value: delivery.cacheControl.brief };
  const rule = (path: string, headers: readonly Header[]) => `${path}\n${headers.map((h) => `  ${h.key}: ${h.value}`).join("\n")}\n`;
  const page = [...policy.noFraming, brief];
  const rules = [rule("/*", policy.all), rule("/", page)];
  for (const entry of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith("_headers") || entry.name === "_nginx.conf" || entry.name === "_redirects" || /\.(?:gz|br)$/.test(entry.name)) continue;
    if (entry.children) {
      // An edition's folder: its embeds may be framed like the English ones, the rest may not.
      for (const child of [...entry.children].sort((a, b) => a.name.localeCompare(b.name))) {
        if (/\.(?:gz|br)$/.test(child.name)) continue;
        rules.push(...entryRules(`/${entry.name}/`, child, child.name === framable ? [brief] : page));
      }
      continue;
    }
    rules.push(...entryRules("/", entry, entry.name === framable ? [brief] : entry.name === hashed ? policy.noFraming : page));
  }
  function entryRules(folder: string, entry: { name: string; directory: boolean }, own: readonly Header[]): string[] {
    const base = entry.name.replace(/\.html$/, "");
    if (entry.directory) return [rule(`${folder}${entry.name}/*`, own)];
    return [rule(`${folder}${entry.name}`, own), ...(base !== entry.name ? [rule(`${folder}${base}`, own)] : [])];
  }
  rules.push(rule(`${delivery.immutablePrefix}*`, [{ key: "Cache-Control", value: delivery.cacheControl.immutable }]));
  rules.push(rule(`${sitePaths.oembedEndpoint}/*`, [OEMBED_CORS]));
  return rules.join("\n");
}

/**
 * A `_redirects` file (Netlify): ?theme=light|dark serves that theme's embed file. Hosts whose rules
 * cannot read the query (Cloudflare Pages) serve the reader's own theme for any ?theme=.
 */
export function redirectsFile(): string {
  const themes = EMBED_THEMES.filter((t) => t !== "auto");
  const embed = (locale: Locale) => localePath(locale, sitePaths.embed(":slug"));
  return `${LOCALES.flatMap((l) => themes.map((t) => `${embed(l)} theme=${t} ${embed(l)}.theme-${t}.html 200`)).join("\n")}\n`;
}
