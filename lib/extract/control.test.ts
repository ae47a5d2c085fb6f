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

  it("reads withdrawals, encirclement, entering, denials and a place named before", () => {
    expect(findControl("it has withdrawn its troops from the strategic eastern Ukrainian town of Lyman", { speakerSide: "russian" })).toMatchObject([{ place: "Lyman", status: "ukrainian-control" }]);
    expect(findControl("it had surrounded Russian forces there", { lastPlace: "Lyman" })).toMatchObject([{ place: "Lyman", status: "encircled" }]);
    expect(findControl("The Russian group in the Lyman area is surrounded")).toMatchObject([{ place: "Lyman area", status: "encircled" }]);
    expect(findControl("Ukrainian Air Assault Forces are entering Lyman, Donetsk region")).toMatchObject([{ place: "Lyman", status: "fighting" }]);
    expect(findControl("its forces had not been pushed out of Andriivka, a village near Bakhmut", { speakerSide: "russian" })).toMatchObject([{ place: "Andriivka", status: "russian-control" }]);
    expect(findControl("the village was still under Kyiv's control", { lastPlace: "Novomykolaivka" })).toMatchObject([{ place: "Novomykolaivka", status: "ukrainian-control" }]);
    expect(findControl("trying in vain to dislodge Russian troops in the localities of Andriivka and Klishchiivka").map((c) => c.place)).toEqual(["Andriivka", "Klishchiivka"]);
  });

  it("takes 'liberated' from the side that says it, and a passive capture's place from its subject", () => {
    expect(findControl("Battlegroup Tsentr have liberated the village of Filiya", { speakerSide: "russian" })).toMatchObject([{ place: "Filiya", status: "russian-control" }]);
    expect(findControl("The settlements of Yampil, Novoselivka and Stavky have been liberated", { speakerSide: "ukrainian" }).map((c) => [c.place, c.status])).toEqual([
      ["Yampil", "ukrainian-control"],
      ["Novoselivka", "ukrainian-control"],
      ["Stavky", "ukrainian-control"],
    ]);
    expect(findControl("Bakhmut, the nearby city, was captured by Russian forces in May")).toMatchObject([{ place: "Bakhmut", status: "russian-control" }]);
    expect(findControl("while 572 others have been captured by the Russians")).toEqual([]);
  });

  it("leaves demands and intentions alone", () => {
    expect(findControl("The Kremlin is demanding that Ukraine withdraw from its eastern Donbas region")).toEqual([]);
  });

  it("records a denial of a capture as the place still held", () => {
    expect(findControl("Ukrainian President Volodymyr Zelensky on Monday denied Russian troops had captured a village in the northeastern Sumy region")).toMatchObject([
      { place: "Sumy", status: "ukrainian-control" },
    ]);
    expect(findControl("Yuriy Zarko, the Ukrainian head of the local municipality, denied Ryzhivka had been captured")).toMatchObject([{ place: "Ryzhivka", status: "ukrainian-control" }]);
    expect(findControl("a local Ukrainian official denied the claim", { lastPlace: "Ryzhivka" })).toMatchObject([{ place: "Ryzhivka", status: "ukrainian-control" }]);
    expect(findControl("there were no Russian troops in the village", { lastPlace: "Ryzhivka" })).toMatchObject([{ place: "Ryzhivka", status: "ukrainian-control" }]);
  });

  it("reads 'in full control in', a gray area, attacks repelled in a place, a capture as a noun and a gerund", () => {
    expect(findControl("Zelensky said Ukrainian forces were \"in full control\" in the Sumy region")).toMatchObject([{ place: "Sumy", status: "ukrainian-control" }]);
    expect(findControl("insisted that Blahodatne, along with two other villages, are in a “gray area” in terms of who controls them")).toMatchObject([{ place: "Blahodatne", status: "fighting" }]);
    expect(findControl("Russian claims of repelling multiple attacks in the area", { lastPlace: "Blahodatne" })).toMatchObject([{ place: "Blahodatne", status: "russian-control" }]);
    expect(findControl("the main focus for Russian troops after the capture of Luhansk on Sunday")).toMatchObject([{ place: "Luhansk", status: "russian-control" }]);
    expect(findControl("Ukrainian troops reported recapturing the village of Blahodatne")).toMatchObject([{ place: "Blahodatne", status: "ukrainian-control" }]);
  });

  it("does not read adjectives and aims as claims", () => {
    expect(findControl("its forces had destroyed two advanced U.S.-made HIMARS rocket systems", { speakerSide: "russian" })).toEqual([]);
    expect(findControl("the village of Blahodatne in the partially occupied eastern Donetsk region")).toEqual([]);
    expect(findControl("viewing Bakhmut as the key to seizing the entire eastern Donbas area")).toEqual([]);
  });

  it("reads fighting at a place, denials that a place changed hands, shares of a town, 'under the control of' and the enemy's claims", () => {
    expect(findControl("The heaviest fighting along the 1,200-km front line was near Pokrovsk")).toMatchObject([{ place: "Pokrovsk", status: "fighting" }]);
    expect(findControl("The general staff reported heavy fighting in the Pokrovsk sector")).toMatchObject([{ place: "Pokrovsk", status: "fighting" }]);
    expect(findControl("fighting was ongoing at the time", { lastPlace: "Soledar" })).toMatchObject([{ place: "Soledar", status: "fighting" }]);
    expect(findControl("the slaughter from fighting in and around the eastern Ukrainian city of Bakhmut has ballooned")).toEqual([]);
    expect(findControl("Ukraine's military denied the city had changed hands", { lastPlace: "Kupiansk" })).toMatchObject([{ place: "Kupiansk", status: "ukrainian-control" }]);
    expect(findControl("Russian forces had taken control of 70 percent of Pokrovsk")).toMatchObject([{ place: "Pokrovsk", status: "russian-control" }]);
    expect(findControl("The General Staff hereby announces that Kupiansk is under the control of Ukraine's defence forces")).toMatchObject([{ place: "Kupiansk", status: "ukrainian-control" }]);
    expect(findControl("The enemy claims that it has captured Tabaivka", { speakerSide: "ukrainian" })).toMatchObject([{ place: "Tabaivka", status: "russian-control" }]);
    expect(findControl("Units of the 'West' grouping have liberated the city of Kupiansk")).toMatchObject([{ place: "Kupiansk", status: "russian-control" }]);
    expect(findControl("I decided to withdraw our units from Avdiivka", { speakerSide: "ukrainian" })).toMatchObject([{ place: "Avdiivka", status: "russian-control" }]);
  });

  it("reads no claim in a withdrawal made to avoid encirclement, a building seized before, or a decision 'taken to preserve lives'", () => {
    expect(findControl("Ukrainian troops have withdrawn from the city of Avdiivka to avoid being encircled").map((c) => c.status)).toEqual(["russian-control"]);
    expect(findControl("the Russian flag disappeared from the seized building of the Kherson regional state administration")).toEqual([]);
    expect(findControl("This is the first major decision by Syrsky since his appointment on Feb. 8 and it was taken to preserve the lives of soldiers")).toEqual([]);
  });

  it("takes the side of the forces named nearest, lists every place of a capture, and reads held places in their other shapes", () => {
    expect(findControl("Russian forces pressing their slow advance through eastern Ukraine have captured the village of Sichneve")).toMatchObject([{ place: "Sichneve", status: "russian-control" }]);
    expect(findControl("the claimed capture of Pokrovsk, Vovchansk and Kupiansk", { speakerSide: "russian" }).map((c) => c.place)).toEqual(["Pokrovsk", "Vovchansk", "Kupiansk"]);
    expect(findControl("saying its forces captured Zelenyi Hai and Dobropillia in Zaporizhzhia", { speakerSide: "russian" }).map((c) => c.place)).toEqual(["Zelenyi Hai", "Dobropillia"]);
    expect(findControl("who claimed Pokrovsk and Vovchansk had also been taken", { speakerSide: "russian" }).map((c) => c.place)).toEqual(["Pokrovsk", "Vovchansk"]);
    expect(findControl("Moscow says it has full control of Luhansk region", { speakerSide: "russian" })).toMatchObject([{ place: "Luhansk", status: "russian-control" }]);
    expect(findControl("The defense forces of southern Ukraine continue to hold their positions (in Krynky)")).toMatchObject([{ place: "Krynky", status: "ukrainian-control" }]);
    expect(findControl("It lies northwest of Donetsk, which is the main city of the region and is under Russian control", { lastPlace: "Umanske" })).toMatchObject([{ place: "Donetsk", status: "russian-control" }]);
    expect(findControl("a pointed denial that its troops were surrounded in Pokrovsk", { speakerSide: "ukrainian" })).toMatchObject([{ place: "Pokrovsk", status: "ukrainian-control" }]);
  });

  it("does not take people captured somewhere for a place captured", () => {
    expect(findControl("They include civilians captured inside Russia's Kursk region during a Ukrainian incursion")).toEqual([]);
    expect(findControl("38, from Mykolaiv, who was captured a year ago on the Kherson front")).toEqual([]);
  });

  it("takes a denial only for the verb it governs, and reads no claim in aid, weapons, aims or a war's age", () => {
    expect(findControl("Russia has denied shelling the plant, and Russian troops captured Avdiivka on Saturday")).toMatchObject([{ place: "Avdiivka", status: "russian-control" }]);
    expect(findControl("Russia denied targeting civilians, but its forces captured Avdiivka", { speakerSide: "ukrainian" })).toMatchObject([{ place: "Avdiivka", status: "russian-control" }]);
    expect(findControl("Ukraine secured $50 billion in aid from the European Union")).toEqual([]);
    expect(findControl("Germany secured Leopard tanks for Ukraine")).toEqual([]);
    expect(findControl("Kyiv has control over how the European aid is spent")).toEqual([]);
    expect(findControl("He said the liberation of Crimea remains the goal", { speakerSide: "ukrainian" })).toEqual([]);
    expect(findControl("the capture of Kherson in 2022 shocked Kyiv", { speakerSide: "ukrainian" })).toEqual([]);
    expect(findControl("The fighting is in its third year", { lastPlace: "Bakhmut" })).toEqual([]);
  });
});
