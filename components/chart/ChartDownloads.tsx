import { CodeBlock } from "@/components/embed/CodeBlock";
import type { Sharing } from "@/lib/embed/sharing";
import styles from "@/components/embed/sharing.module.css";

/** The chart as files (images with the title, source line and date drawn in; the figures as CSV) and how to cite it. */
export function ChartDownloads({ sharing }: { sharing: Sharing }) {
  return (
    <section className={styles.section} aria-labelledby="downloads-title">
      <h2 id="downloads-title">Download this chart</h2>
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
      <CodeBlock id="cite-this-chart" label="Cite this chart" text={sharing.citation} copyLabel="Copy citation" as="text" />
    </section>
  );
}
