import { describe, expect, it } from "vitest";
import { findControl } from "./control";

describe("findControl", () => {
  it("reads captures and 'under control', with who holds the place", () => {
    expect(findControl("Russian forces have captured the town of Balakliya near the city of Kharkiv")).toEqual([{ place: "Balakliya", status: "russian-control", reasons: [] }]);
    expect(findControl("Russian military units have brought the centre of the Kherson region completely under control")).toEqual([
      { place: "Kherson", placeDetail: "the centre of the Kherson region", status: "russian-control", reasons: [] },
    ]);
    expect(findControl("Ukrainian troops recaptured Kupiansk")).toMatchObject([{ place: "Kupiansk", status: "ukrainian-control" }]);
  });

  it("reads each place of a list that remains in someone's hands", () => {
    expect(findControl("Despite heavy Russian shelling, the cities of Kharkiv, Chernihiv and Mariupol remain in Ukrainian hands").map((c) => c.place)).toEqual(["Kharkiv", "Chernihiv", "Mariupol"]);
  });

  it("finds nothing where the place is not named", () => {
    expect(findControl("fighting was ongoing")).toEqual([]);
    expect(findControl("reports of the city being surrounded")).toEqual([]);
  });
});
