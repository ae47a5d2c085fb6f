import Link from "next/link";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { LanguageSwitch } from "./LanguageSwitch";

/**
 * The site's name, its sections and its editions, on every page. No link prefetches: a reader opens one
 * or two pages, and prefetching every section (the page itself among them) cost more bytes than the page.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const to = (path: string) => localePath(locale, path);
  return (
    <header className="cc-site-header">
      <a className="cc-skip" href="#main">
        {t("site.skip")}
      </a>
      <div className="cc-header-inner">
        <nav aria-label={t("site.nav.label")} className="cc-nav">
          <Link href={to("/")} className="cc-brand" prefetch={false}>
            {t("site.brand")}
          </Link>
          <ul>
            <li>
              <Link href={`${to("/")}#comparisons`} prefetch={false}>{t("site.nav.comparisons")}</Link>
            </li>
            <li>
              <Link href={to("/chart")} prefetch={false}>
                {t("site.nav.anyChart")}
              </Link>
            </li>
            <li>
              <Link href={to("/claims")} prefetch={false}>{t("site.nav.claims")}</Link>
            </li>
            <li>
              <Link href={to("/control")} prefetch={false}>{t("site.nav.control")}</Link>
            </li>
            <li>
              <Link href={`${to("/")}#data`} prefetch={false}>{t("site.nav.data")}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch locale={locale} label={t("site.languages.label")} />
      </div>
    </header>
  );
}
