/**
 * Numbers in Russian and Ukrainian text, with their qualifiers: "более 90", "не менее 1 250",
 * "понад 18 500" (spaces and non-breaking spaces between thousands), "31 тисяча", "1,5 млн",
 * "около половины", "от 60 до 100 тысяч", number words ("шесть", "дві", "сотню") and vague amounts
 * ("кілька десятків"). Dates ("22 листопада"), years ("2022 року"), times, ordinals ("1-го") and time
 * frames ("за 3 дня") are found too and marked as not being figures.
 */
import type { NumberMention } from "../numbers";

const WORDS: Record<string, number> = {};
const add = (value: number, forms: string) => {
  for (const form of forms.split(" ")) WORDS[form] = value;
};
add(1, "один одна одно одну одного одной одній одному одним");
add(2, "два две дві двух двох двум двом двома двумя двоє двое");
add(3, "три трех трёх трьох трьома тремя троє трое");
add(4, "четыре чотири четырех четырёх чотирьох чотирма четырьмя четверо");
add(5, "пять п'ять п’ять пяти п'яти п’яти п'ятьма п’ятьма пятью п'ятеро п’ятеро пятеро");
add(6, "шесть шість шести шістьма шестью шестеро");
add(7, "семь сім семи сьома семью семеро");
add(8, "восемь вісім восьми");
add(9, "девять дев'ять дев’ять девяти дев'яти дев’яти");
add(10, "десять десяти");
add(11, "одиннадцать одинадцять");
add(12, "двенадцать дванадцять");
add(15, "пятнадцать п'ятнадцять п’ятнадцять");
add(20, "двадцать двадцять");
add(30, "тридцать тридцять");
add(40, "сорок");
add(50, "пятьдесят п'ятдесят п’ятдесят");
add(60, "шестьдесят шістдесят");
add(70, "семьдесят сімдесят");
add(80, "восемьдесят вісімдесят");
add(90, "девяносто дев'яносто дев’яносто");
add(200, "двести двісті");
add(300, "триста");
add(500, "пятьсот п'ятсот п’ятсот");
add(100, "сто сотню сотня");
add(1000, "тысячу тисячу тысяча тисяча");
/** "около половины", "майже половина": a share, in per cent. */
const HALF = "половина половину половины половини";
const FRACTIONS: Record<string, number> = Object.fromEntries(HALF.split(" ").map((w) => [w, 50]));

const VAGUE = /(?:несколько|кілька|декілька)\s+(?:десятков|десятків|сотен|сотень|тысяч|тисяч)|десятки\s+тысяч|десятки\s+тисяч|сотни\s+тысяч|сотні\s+тисяч|десятки|десятков|десятків|сотни|сотні|сотен|сотень|тысячи|тисячі|кількасот|(?<![\p{L}])(?:багато|много|чимало|немало)(?=\s+(?:\p{L}+\s+)?(?:окупант|оккупант|військов|военн|солдат|бійц|бойц|людей|мирн|цивільн))/giu;

const MULTIPLIER = /^[\s\u00A0\u202F]*(тыс\.|тис\.|тысяч[аиу]?|тисяч[аіу]?|млн\.?|миллион(?:ов|а)?|мільйон(?:ів|а|и)?|млрд\.?|миллиард(?:ов|а)?|мільярд(?:ів|а|и)?)(?![\p{L}])/iu;
const SCALE = (word: string): number => (/^(?:тыс|тис)/i.test(word) ? 1e3 : /^(?:млрд|миллиард|мільярд)/i.test(word) ? 1e9 : 1e6);

/** Qualifiers just before the number, the longest first. */
const QUALIFIERS: readonly { pattern: RegExp; qualifier: "more-than" | "at-least" | "about" | "up-to"; caveat?: string }[] = [
  { pattern: /(?:не менее|не меньше|не менше(?: ніж)?|не менш як|щонайменше|как минимум|по меньшей мере|по крайней мере|принаймні|мінімум|минимум)\s*$/iu, qualifier: "at-least" },
  { pattern: /(?:более чем|больше чем|більше ніж|більш ніж|более|больше|свыше|понад|більше|сверх)\s*$/iu, qualifier: "more-than" },
  { pattern: /(?:не более|не больше|не більше|до)\s*$/iu, qualifier: "up-to" },
  { pattern: /(?:почти|майже|практически|практично|едва ли не|мало не|чуть меньше|трохи менше)\s*$/iu, qualifier: "about", caveat: "\"почти\"/\"майже\" (nearly) recorded as \"about\"" },
  { pattern: /(?:около|примерно|приблизно|близько|порядка|порядку|ориентировочно|орієнтовно|приблизительно)\s*$/iu, qualifier: "about" },
];

const MONTHS = /^[\s\u00A0]*(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)/iu;
const YEAR_AFTER = /^[\s\u00A0]*(?:год|рок|р\.|г\.|рр\.|гг\.)/iu;
const YEAR_BEFORE = /(?:^|[\s(])(?:в|у|з|із|с|от|від|до|после|після|начала|початку|с начала|конца|кінця|года|року)\s*$/iu;
const TIME_FRAME =
  /^[\s\u00A0]*(?:сут(?:ок|ки|ки)|суток|дн(?:я|ей|и)|день|днів|дні|доб(?:и|у|а)|діб|недел[ьяи]|недель|тижн(?:і|ів|я)|тиждень|месяц(?:а|ев)?|місяц(?:ь|і|ів)|лет|года?|років|роки|рік|час(?:а|ов)?|годин(?:и|у)?|минут|хвилин)(?![\p{L}])/iu;
const ORDINAL = /^-?(?:го|й|я|е|ий|ої|ї|му|м|ым|им|х)(?![\p{L}])/u;
const CASE_SUFFIX = /^-(?:ю|ти|х|ми|ью)(?![\p{L}])/u;

function parseDigits(raw: string): number {
  return Number(raw.replace(/[\s\u00A0\u202F]/g, "").replace(",", "."));
}

/** Every number the text states, in order, with its qualifier and its stated words. */
export function findNumbersCyrillic(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const taken: { start: number; end: number }[] = [];
  const free = (start: number, end: number) => !taken.some((t) => start < t.end && end > t.start);

  const numeric = /(?<![\d\p{L}])(?<!\d[:.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d])|\d+(?:,\d+)?)(?![\d])/gu;
  const words = new RegExp(`(?<![\\p{L}'’])(${[...Object.keys(WORDS), ...Object.keys(FRACTIONS)].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}'’])`, "giu");
  const raw: { start: number; end: number; value: number; fraction?: boolean; word: boolean }[] = [];
  for (const m of text.matchAll(numeric)) raw.push({ start: m.index, end: m.index + m[0].length, value: parseDigits(m[0]), word: false });
  for (const m of text.matchAll(words)) {
    const w = m[0].toLowerCase();
    raw.push({ start: m.index, end: m.index + m[0].length, value: WORDS[w] ?? FRACTIONS[w] ?? 0, word: true, ...(w in FRACTIONS ? { fraction: true } : {}) });
  }
  raw.sort((a, b) => a.start - b.start);

  for (let i = 0; i < raw.length; i++) {
    const n = raw[i]!;
    if (!free(n.start, n.end)) continue;
    let end = n.end;
    let value = n.value;
    // "двадцять п'ять", "сто сорок": a compound number in words.
    while (n.word && !n.fraction && raw[i + 1]?.word && /^\s+$/.test(text.slice(end, raw[i + 1]!.start)) && raw[i + 1]!.value < value && raw[i + 1]!.value < 100 && value >= 20 && value < 1000) {
      value += raw[i + 1]!.value;
      end = raw[i + 1]!.end;
      i++;
    }
    const after = text.slice(end);
    // "тысяч" after a number word is its multiplier ("сто тысяч"); "тысячу" alone is 1000.
    const multiplier = MULTIPLIER.exec(after);
    if (multiplier?.[1]) {
      value *= SCALE(multiplier[1]);
      end += multiplier[0].length;
      // "тысячи" read as a number word too: skip it.
      while (raw[i + 1] && raw[i + 1]!.start < end) i++;
    }
    const suffix = CASE_SUFFIX.exec(text.slice(end));
    const statedEndExtra = suffix ? suffix[0].length : 0;
    let notFigure: NumberMention["notFigure"];
    const before = text.slice(0, n.start);
    const rest = text.slice(end);
    // "ТБ-2", "F-16", "Х-47М2": a model's designation; "один к пяти", "Одним из": a ratio, a phrase.
    // "з 24.02.22 по 10.03.24": a date written in digits.
    if (!n.word && (/^\.\d{1,2}\.\d{2,4}/.test(rest) || /\d{1,2}\.$/.test(before) && /^\.\d{2,4}/.test(rest) || /\d{1,2}\.\d{1,2}\.$/.test(before))) notFigure = "date";
    else if (!n.word && /\p{L}-?$/u.test(before)) notFigure = "designation";
    // "в шесть раз больше", "у 3 рази": a multiple, not a count.
    else if (/^[\s\u00A0]+раз(?:а|ів|и)?(?![\p{L}])/iu.test(rest)) notFigure = "designation";
    // "На одного нашего солдата … приходится пять": a ratio.
    else if (n.word && /соотношени|співвідношенн|(?:^|[\s«"])(?:на|по)\s+(?:одного|каждого|кожного)(?![\p{L}])/iu.test(text)) notFigure = "designation";
    else if (n.word && (/^\s+(?:к|до)\s+\p{L}/u.test(rest) && n.value < 10 || /(?:^|\s)к\s+$/iu.test(before) || /(?:^|[\s«"(])(?:до|на|по)\s+$/iu.test(before) && n.value === 1 && !/^\s+(?:у|в|на)\s+\p{Lu}/u.test(rest) || /^\s+(?:из|із|з)\s/iu.test(rest))) notFigure = "designation";
    else if (!n.word && /^:\d{2}/.test(rest)) notFigure = "time";
    else if (!n.word && !suffix && ORDINAL.exec(rest) && /^-/.test(rest)) notFigure = "ordinal";
    else if (MONTHS.test(rest) && !multiplier) notFigure = "date";
    else if (!n.word && !multiplier && value >= 1900 && value <= 2100 && (YEAR_AFTER.test(rest) || YEAR_BEFORE.test(before))) notFigure = "year";
    else if (TIME_FRAME.test(rest) && !multiplier) notFigure = "time-frame";

    // "от 60 до 100 тысяч", "від 10 до 20": a range, the multiplier of the upper bound applying to both.
    const rangeTail = /^[\s\u00A0]*до[\s\u00A0]+/iu.exec(rest);
    const opener = /(?:^|[\s(])(от|від)[\s\u00A0]+$/iu.exec(before);
    if (opener && rangeTail && !notFigure) {
      const upper = raw.find((r) => r.start === end + rangeTail[0].length);
      if (upper) {
        let high = upper.value;
        let highEnd = upper.end;
        const m2 = MULTIPLIER.exec(text.slice(highEnd));
        if (m2?.[1]) {
          high *= SCALE(m2[1]);
          highEnd += m2[0].length;
          if (!multiplier) value *= SCALE(m2[1]);
        }
        const start = n.start - opener[0].length + (opener[0].length - opener[0].trimStart().length);
        found.push({ start, end: highEnd, stated: text.slice(start, highEnd), amount: { qualifier: "range", value, valueHigh: high } });
        taken.push({ start, end: highEnd });
        while (raw[i + 1] && raw[i + 1]!.start < highEnd) i++;
        continue;
      }
    }

    // "по одному у Лісовому, Каменці та Луговому": that many in each place named, one figure each.
    const each = /(?:^|[\s«"(])по\s+$/iu.test(before) && !notFigure ? /^\s+(?:у|в|на)\s+((?:\p{Lu}[\p{L}'’-]+)(?:(?:,\s+|\s+(?:та|і|и)\s+)\p{Lu}[\p{L}'’-]+)*)/u.exec(rest) : null;
    if (each?.[1]) {
      const start = n.start - (/по\s+$/iu.exec(before)?.[0].length ?? 0);
      for (const place of each[1].split(/,\s+|\s+(?:та|і|и)\s+/u)) {
        found.push({ start, end, stated: text.slice(start, end), amount: { qualifier: "exact", value }, caveat: `"${text.slice(start, end)}": that many in each place named, this one for ${place}` });
      }
      taken.push({ start: n.start, end });
      continue;
    }
    if (notFigure === "designation" && /(?:^|[\s«"(])по\s+$/iu.test(before)) continue;
    let start = n.start;
    let amount: NumberMention["amount"] = { qualifier: "exact", value };
    let caveat: string | undefined;
    if (!notFigure) {
      for (const q of QUALIFIERS) {
        const m = q.pattern.exec(before);
        if (!m) continue;
        // "зросла до восьми", "возросло до 12": the number it rose to, exactly.
        if (q.qualifier === "up-to" && /(?:зрос\p{L}*|збільшил\p{L}*|возрос\p{L}*|вырос\p{L}*|увеличил\p{L}*|досягл\p{L}*|достигл\p{L}*|сягнул\p{L}*)\s+до\s*$/iu.test(before)) break;
        // "до" after "с", "з", "от", "від" is the end of a span of time or a range of places, not "up to".
        if (q.qualifier === "up-to" && /(?:^|\s)до\s*$/iu.test(m[0]) && /(?:^|\s)(?:с|з|із|от|від)\s+[^\s]+\s+до\s*$/iu.test(before)) break;
        start = n.start - m[0].length;
        amount = { qualifier: q.qualifier, value };
        caveat = q.caveat;
        break;
      }
    }
    const stated = text.slice(start, end + statedEndExtra);
    found.push({ start, end: end + statedEndExtra, stated, amount, ...(caveat ? { caveat } : {}), ...(notFigure ? { notFigure } : {}), ...(n.fraction ? { fraction: true } : {}) });
    taken.push({ start: n.start, end });
  }

  for (const m of text.matchAll(VAGUE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // "31 тисяча", "180 тысяч": a multiplier, read above.
    if (/\d[\s\u00A0]*$/.test(text.slice(0, start))) continue;
    found.push({ start, end, stated: m[0], amount: { qualifier: "vague", vagueTerm: m[0].toLowerCase() } });
    taken.push({ start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}
