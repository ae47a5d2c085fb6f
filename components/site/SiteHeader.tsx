import Link from "next/link";

/** The site's name and its sections, on every page. */
export function SiteHeader() {
  return (
    <header className="cc-site-header">
      <a className="cc-skip" href="#main">
        Skip to content
      </a>
      <nav aria-label="Site" className="cc-nav">
        <Link href="/" className="cc-brand">
          Counterclaim
        </Link>
        <ul>
          <li>
            <Link href="/#comparisons">Comparisons</Link>
          </li>
          <li>
            <Link href="/chart" prefetch={false}>
              Any chart
            </Link>
          </li>
          <li>
            <Link href="/claims">Claims</Link>
          </li>
          <li>
            <Link href="/control">Control</Link>
          </li>
          <li>
            <Link href="/#data">Data</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
