"use client";

import { createRoot } from "react-dom/client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * The conventional embed the benchmark compares against: the same figures, drawn by recharts in the
 * browser after React and recharts have loaded (what a client-rendered chart does). Not shipped.
 */
interface Row {
  label: string;
  [claimantId: string]: number | string | null;
}
interface Props {
  title: string;
  rows: Row[];
  series: { claimantId: string; name: string; colour: string }[];
  sourceLine: string;
}

function Chart({ title, rows, series, sourceLine }: Props) {
  return (
    <figure style={{ margin: 0, fontFamily: "system-ui, sans-serif" }}>
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      <div style={{ width: "100%", height: 420 }}>
        <ResponsiveContainer>
          <BarChart layout="vertical" data={rows} margin={{ left: 24, right: 48 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" />
            <YAxis type="category" dataKey="label" width={150} />
            <Tooltip />
            <Legend />
            {series.map((s) => (
              <Bar key={s.claimantId} dataKey={s.claimantId} name={s.name} fill={s.colour} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{sourceLine}</figcaption>
    </figure>
  );
}

const props: Props = JSON.parse(document.getElementById("chart-data")?.textContent ?? "{}");
const root = document.getElementById("root");
if (root) createRoot(root).render(<Chart {...props} />);
