import type { Metadata } from "next";
import type { ReactNode } from "react";
import { sourceSans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Counterclaim", template: "%s · Counterclaim" },
  description: "Competing war claims side by side, every figure traceable to its verbatim quote.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={sourceSans.variable}>
      <body>{children}</body>
    </html>
  );
}
