import Link from "next/link";
import type { DatasetMeta } from "@/lib/dataset/meta";

/** What every page owes the reader: what a figure here is, and where the data is. */
export function SiteFooter({ meta }: { meta: DatasetMeta }) {
  return (
    <footer className="cc-site-footer">
      <div className="cc-footer-inner">
        <p>
          Every figure here is a claim, shown as stated and attributed; none is independently verified. {meta.title}, version {meta.version}.
        </p>
        <ul className="cc-footer-links">
          <li>
            <Link href="/sources">Sources</Link>
          </li>
          <li>
            <Link href="/claimants">Claimants</Link>
          </li>
          <li>
            <a href="/data/claims.json">claims.json</a>
          </li>
          <li>
            <a href="/data/claims.csv">claims.csv</a>
          </li>
          <li>
            <a href="/data/schema.json">schema.json</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
