import { describe, expect, it } from "vitest";
import { findAttributions } from "./attribution";

function read(sentence: string) {
  return findAttributions(sentence).map((a) => ({
    mention: a.mention,
    phrase: sentence.slice(a.phrase.start, a.phrase.end),
    scope: sentence.slice(a.scope.start, a.scope.end),
    ...(a.via ? { via: a.via } : {}),
    ...(a.when ? { when: a.when } : {}),
  }));
}

describe("findAttributions", () => {
  it("reads a trailing 'X said on <day>'", () => {
    expect(read("The invasion has killed more than 2,000 civilians, Ukraine's State Emergency Service said on Wednesday.")).toEqual([
      { mention: "Ukraine's State Emergency Service", phrase: "Ukraine's State Emergency Service said on Wednesday", scope: "The invasion has killed more than 2,000 civilians", when: "on Wednesday" },
    ]);
  });

  it("reads a channel after the verb: 'it wrote in a Facebook post'", () => {
    expect(read("Ten emergency responders were among the dead, it wrote in a Facebook post.")).toEqual([
      { mention: "it", phrase: "it wrote in a Facebook post", scope: "Ten emergency responders were among the dead", via: "Facebook post" },
    ]);
  });

  it("reads a leading 'X said that …', dropping discourse words and adverbs from the name", () => {
    expect(read("Meanwhile, the Ukrainian Defense Ministry reported that more than 5,840 Russian soldiers had died.")).toEqual([
      { mention: "the Ukrainian Defense Ministry", phrase: "the Ukrainian Defense Ministry reported", scope: "more than 5,840 Russian soldiers had died" },
    ]);
    expect(read("The United Nations had previously spoken of 142 civilian deaths.")[0]).toMatchObject({ mention: "The United Nations", when: "previously", scope: "142 civilian deaths" });
  });

  it("reads 'according to X', before or after the claim", () => {
    expect(read("Since then, more than 400 fires have been extinguished, according to the statement.")).toEqual([
      { mention: "the statement", phrase: "according to the statement", scope: "Since then, more than 400 fires have been extinguished" },
    ]);
    expect(read("According to the governor, 12 people were killed.")[0]).toMatchObject({ mention: "the governor", scope: "12 people were killed" });
  });

  it("reads 'Interfax quoted X as saying': X is the claimant, the agency the channel", () => {
    expect(read("Russian forces have captured Balakliya, the Interfax news agency quoted Russia’s Defense Ministry as saying on Thursday.")).toEqual([
      {
        mention: "Russia’s Defense Ministry",
        phrase: "the Interfax news agency quoted Russia’s Defense Ministry as saying on Thursday",
        scope: "Russian forces have captured Balakliya",
        via: "Interfax news agency",
        when: "on Thursday",
      },
    ]);
  });

  it("reads a channel before the speaker and one named by 'told'", () => {
    expect(read("In a Telegram post, the agency said 300 homes were destroyed.")[0]).toMatchObject({ mention: "the agency", via: "Telegram post", scope: "300 homes were destroyed" });
    expect(read("A ministry spokesman told the Tass news agency that 40 tanks were destroyed.")[0]).toMatchObject({ mention: "A ministry spokesman", via: "Tass news agency", scope: "40 tanks were destroyed" });
  });

  it("takes the speaker of a quotation from outside it, and continues it with ', adding that'", () => {
    expect(read("“The column remains over 30 kilometers from the city,” Britain’s Defense Ministry said in an intelligence update.")[0]).toMatchObject({
      mention: "Britain’s Defense Ministry",
      scope: "The column remains over 30 kilometers from the city",
      via: "intelligence update",
    });
    const adding = read("Rescuers brought 300 people to safety, the service said, adding that dozens of fires had been put out.");
    expect(adding.map((a) => [a.mention, a.scope])).toEqual([
      ["the service", "Rescuers brought 300 people to safety"],
      ["the service", "dozens of fires had been put out"],
    ]);
  });

  it("keeps two speakers of one sentence apart", () => {
    const both = read("Ukrainian forces still held Kharkiv, British military intelligence said on Thursday, a day after Moscow claimed to have captured Kherson.");
    expect(both.map((a) => [a.mention, a.scope])).toEqual([
      ["British military intelligence", "Ukrainian forces still held Kharkiv"],
      ["Moscow", "to have captured Kherson"],
    ]);
  });

  it("finds no speaker in passives, in clauses or inside quotations", () => {
    expect(read("But thousands are reported to have died.")).toEqual([]);
    expect(read("The war's seventh day had started with reports of the city being surrounded.")).toEqual([]);
    expect(read("But Oleksiy Arestovich rejected this and said that fighting was ongoing.")).toEqual([]);
    expect(read("“He said nothing,” a resident recalled.")).toEqual([]);
  });
});

describe("findAttributions: platforms and initials", () => {
  it("reads 'said on Telegram' as the channel of a trailing attribution", () => {
    expect(read("Two people were killed in Kharkiv, regional governor Oleh Synehubov said on Telegram.")).toEqual([
      { mention: "regional governor Oleh Synehubov", phrase: "regional governor Oleh Synehubov said on Telegram", scope: "Two people were killed in Kharkiv", via: "Telegram" },
    ]);
  });

  it("keeps initials inside a name", () => {
    expect(read("More than 5.9 million people have fled Ukraine, according to the U.N. refugee agency.")[0]?.mention).toBe("the U.N. refugee agency");
  });

  it("reads 'X put deaths at N' and 'X put the number of … at N'", () => {
    expect(read("Ukraine on Monday put Russian troop deaths at 11,000, saying Russian forces had lost 2,000 units of weapons.")[0]).toMatchObject({
      mention: "Ukraine",
      scope: "Russian troop deaths at 11,000, saying Russian forces had lost 2,000 units of weapons",
      when: "on Monday",
    });
    expect(read("The fire service put out 30 fires.")).toEqual([]);
    expect(read("The last official figure issued by Russia’s Ministry of Defense in September put the number of Russian dead at 5,937.")[0]).toMatchObject({ mention: "Russia’s Ministry of Defense" });
  });

  it("takes an outlet after a speaker's own words as the relay, not the claimant", () => {
    expect(read("A US official said on Wednesday that the number of reported Russian fatalities ranged from 5,000 to 6,000, CNN reports.")).toEqual([
      {
        mention: "A US official",
        phrase: "A US official said on Wednesday",
        scope: "the number of reported Russian fatalities ranged from 5,000 to 6,000, CNN reports",
        via: "CNN",
        when: "on Wednesday",
      },
    ]);
  });

  it("reads an attribution between commas inside the claim, and 'as reported by X' at the end", () => {
    expect(read("The result, U.S. officials say, has been hundreds of troops killed or injured a day.")[0]).toMatchObject({
      mention: "U.S. officials",
      scope: "The result, U.S. officials say, has been hundreds of troops killed or injured a day",
    });
    expect(read("Ukrainian forces have liberated about 16 square kilometres, as reported by Oleksandr Syrskyi, Commander-in-Chief of the Ukrainian Armed Forces.")[0]).toMatchObject({
      mention: "Oleksandr Syrskyi, Commander-in-Chief of the Ukrainian Armed Forces",
      scope: "Ukrainian forces have liberated about 16 square kilometres",
    });
  });

  it("reads who issued a figure, the estimate 'it gave', and an estimate leaked documents reveal", () => {
    const issued = read("The figure, issued by the UN’s International Organization for Migration, is higher than the 7.1 million estimate it gave on April 5.");
    expect(issued.map((a) => a.mention)).toEqual(["the UN’s International Organization for Migration", "it"]);
    expect(issued[1]).toMatchObject({ when: "on April 5" });
    expect(read("Documents leaked onto Discord revealed another U.S. estimate for Russian casualties, with up to 43,000 killed.")[0]).toMatchObject({
      mention: "U.S. government",
      via: "Documents leaked",
      scope: "for Russian casualties, with up to 43,000 killed",
    });
  });

  it("keeps a person's role with the name, reads 'X’s statement on Telegram', and stops 'according to' at a dash", () => {
    expect(read("Over 100,000 soldiers have been killed, Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff, said at an event.")[0]).toMatchObject({
      mention: "Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff",
    });
    expect(read("Russia also used three missiles, according to the air force’s statement on the Telegram messaging app.")[0]).toMatchObject({
      mention: "the air force",
      via: "statement on the Telegram messaging app",
    });
    expect(read("As many as 200,000 soldiers have been killed, according to the Pentagon’s top general — a staggering number.")[0]).toMatchObject({ mention: "the Pentagon’s top general" });
  });

  it("keeps a second speaker after a first one's words a speaker, not a relay", () => {
    expect(read("Shoigu said that 5,000 Ukrainian troops were killed, Peskov added.").map((a) => [a.mention, a.via])).toEqual([
      ["Shoigu", undefined],
      ["Peskov", undefined],
    ]);
  });
});
