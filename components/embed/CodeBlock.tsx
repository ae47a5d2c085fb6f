import { CopyButton, type CopyWords } from "./CopyButton";
import styles from "./sharing.module.css";

/** A block of text to copy (embed code, a citation), with its label and a copy button. */
export function CodeBlock({
  id,
  label,
  text,
  copyLabel,
  as = "code",
  copyWords,
}: {
  id: string;
  label: string;
  text: string;
  copyLabel: string;
  as?: "code" | "text";
  copyWords?: CopyWords;
}) {
  return (
    <div className={styles.block}>
      <div className={styles.head}>
        <p id={id} className={styles.label}>
          {label}
        </p>
        <CopyButton text={text} label={copyLabel} className={styles.copy} words={copyWords} />
      </div>
      <div className={styles.box}>
        {as === "code" ? (
          <pre className={styles.code} aria-labelledby={id} tabIndex={0}>
            <code>{text}</code>
          </pre>
        ) : (
          <p className={styles.text} aria-labelledby={id}>
            {text}
          </p>
        )}
      </div>
    </div>
  );
}
