import { describe, expect, it } from "vitest";
import { nearestDay } from "./day";
import { dayPageView } from "../site/day-views";

describe("nearestDay", () => {
  const days = ["2023-04-28", "2023-04-30", "2023-05-02", "2023-05-10"];
  it("is the day itself, else the closer, the later on a tie", () => {
    expect(nearestDay(days, "2023-04-30")).toBe("2023-04-30");
    expect(nearestDay(days, "2023-05-01")).toBe("2023-05-02");
    expect(nearestDay(days, "2023-04-29")).toBe("2023-04-30");
    expect(nearestDay(days, "2023-05-04")).toBe("2023-05-02");
    expect(nearestDay(days, "2020-01-01")).toBe("2023-04-28");
    expect(nearestDay(days, "2030-01-01")).toBe("2023-05-10");
    expect(nearestDay([], "2023-05-01")).toBeUndefined();
  });
});

describe("one day, every side: 1 May 2023", () => {
  const view = dayPageView("2023-05-01");
  const armour = view.topics.find((t) => t.id === "armour");
  const line = (id: string) => armour?.lines.find((l) => l.id === id);

  it("puts the Ministry's 8,927 beside the General Staff's 3,700 tanks and 7,192 armoured combat vehicles", () => {
    expect(line("ru-mod-ukrainian-armour")?.figures.map((f) => f.row.claimed)).toEqual(["8,927"]);
    expect(line("gs-russian-armour")?.figures.map((f) => [f.metric, f.row.claimed])).toEqual([
      ["Tanks", "3,700"],
      ["Armoured combat vehicles", "7,192"],
    ]);
  });

  it("marks Oryx's nearest listing, 2 May 2023, with its own date", () => {
    const oryx = line("oryx-russian-armour");
    expect(oryx).toMatchObject({ role: "reference", date: "2023-05-02", otherDay: true });
    expect(oryx?.figures.length).toBe(4);
  });

  it("links the days around it that have claims", () => {
    expect(view.previous && view.previous < "2023-05-01").toBe(true);
    expect(view.next && view.next > "2023-05-01").toBe(true);
    expect(view.count).toBeGreaterThan(10);
  });
});
