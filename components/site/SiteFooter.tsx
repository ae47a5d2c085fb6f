import Link from "next/link";
import type { DatasetMeta } from "@/lib/dataset/meta";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** What every page owes the reader: what a figure here is, and where the data is. */
export function SiteFooter({ meta, locale }: { meta: DatasetMeta; locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="cc-site-footer">
      <div className="cc-footer-inner">
        <p>{t("site.footer.disclaimer", { title: meta.title, version: meta.version })}</p>
        <ul className="cc-footer-links">
          <li>
            <Link href={localePath(locale, "/sources")}>{t("site.footer.sources")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/claimants")}>{t("site.footer.claimants")}</Link>
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
