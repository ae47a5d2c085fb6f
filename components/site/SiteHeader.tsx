import Link from "next/link";

/**
 * The site's name and its sections, on every page. No link prefetches: a reader opens one or two
 * pages, and prefetching every section (the page itself among them) cost more bytes than the page.
 */
export function SiteHeader() {
  return (
    <header className="cc-site-header">
      <a className="cc-skip" href="#main">
        Skip to content
      </a>
      <nav aria-label="Site" className="cc-nav">
        <Link href="/" className="cc-brand" prefetch={false}>
          Counterclaim
        </Link>
        <ul>
          <li>
            <Link href="/#comparisons" prefetch={false}>Comparisons</Link>
          </li>
          <li>
            <Link href="/chart" prefetch={false}>
              Any chart
            </Link>
          </li>
          <li>
            <Link href="/claims" prefetch={false}>Claims</Link>
          </li>
          <li>
            <Link href="/control" prefetch={false}>Control</Link>
          </li>
          <li>
            <Link href="/#data" prefetch={false}>Data</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
