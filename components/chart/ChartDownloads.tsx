import { CodeBlock } from "@/components/embed/CodeBlock";
import type { Sharing } from "@/lib/embed/sharing";
import styles from "@/components/embed/sharing.module.css";
import type { Locale } from "@/lib/i18n/locales";
import { chartWords } from "@/lib/chart/words";

/** The chart as files (images with the title, source line and date drawn in; the figures as CSV) and how to cite it. */
export function ChartDownloads({ sharing, locale = "en" }: { sharing: Sharing; locale?: Locale }) {
  const { t } = chartWords(locale);
  return (
    <section className={styles.section} aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t("chart.downloads.title")}</h2>
      <ul className={styles.downloads}>
        {sharing.downloads.map((d) => (
          <li key={d.href}>
            {/* The format is part of the link's name: two links both called "Image" would not say which is which. */}
            <a href={d.href} download={d.filename}>
              {d.label} ({d.format})
            </a>
          </li>
        ))}
      </ul>
      <CodeBlock
        id="cite-this-chart"
        label={t("chart.downloads.cite")}
        text={sharing.citation}
        copyLabel={t("chart.downloads.copyCitation")}
        as="text"
        copyWords={copyWords(locale)}
      />
    </section>
  );
}

/** The copy button's words in an edition. */
export function copyWords(locale: Locale) {
  const { t } = chartWords(locale);
  return { copied: t("chart.copy.copied"), copiedStatus: t("chart.copy.copiedStatus"), failed: t("chart.copy.failed") };
}
