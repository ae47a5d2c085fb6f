/**
 * What a number counts in Russian and Ukrainian text: the noun after it ("15 танков", "106 БпЛА"),
 * the label of a list line ("танки — 9 500 (+25)"), and, for people, what the clause says happened to
 * them ("погибли не менее 40", "7 отримали поранення", "убитыми"), whichever outcome word is nearest.
 */
import type { Metric } from "../../model/claims";
import type { Placement } from "../metrics";
import type { NumberMention } from "../numbers";

type PersonKind = "soldier" | "civilian" | "person" | "child";
type Outcome = "killed" | "wounded" | "captured" | "losses" | "killed-or-wounded" | "displaced" | "fled" | "rescued" | "missing" | "hospitalized";

/** Things counted, in order: the first that matches the words after the number wins. */
const THINGS: readonly { pattern: RegExp; metric: Metric }[] = [
  { pattern: /засоб\p{L}*\s+повітряного\s+нападу|средств\p{L}*\s+воздушного\s+нападения/u, metric: "weapons-and-equipment" },
  { pattern: /танк\p{L}*\s+(?:и|та|і)\s+(?:других|інших)\s+(?:боевых|бойових)\s+(?:бронированных|броньованих)/u, metric: "tanks-and-other-armoured-combat-vehicles" },
  { pattern: /специальн\p{L}*\s+военн\p{L}*\s+автомобильн|спеціальн\p{L}*\s+військов\p{L}*\s+автомобільн/u, metric: "special-military-vehicles" },
  { pattern: /полев\p{L}*\s+артиллери\p{L}*\s+и\s+миномет|польов\p{L}*\s+артилері\p{L}*\s+(?:та|і)\s+міномет/u, metric: "field-artillery-and-mortars" },
  { pattern: /особов\p{L}*\s+склад|личн\p{L}*\s+состав/u, metric: "personnel-losses" },
  { pattern: /танк/u, metric: "tanks" },
  { pattern: /бойов\p{L}*\s+броньован|броньован|бронирован|бронемашин|бронетехн|ббм|бмп|бтр/u, metric: "armoured-combat-vehicles" },
  { pattern: /рсзв|рсзо|реактивн\p{L}*\s+систем/u, metric: "multiple-rocket-launchers" },
  { pattern: /артилер|гармат|орудий|орудия|гаубиц|мином[её]т|міномет/u, metric: "artillery-systems" },
  { pattern: /ппо|пво|зенітн|зенитн/u, metric: "air-defence-systems" },
  { pattern: /гелікоптер|вертол[её]т/u, metric: "helicopters" },
  { pattern: /літак|самол[её]т/u, metric: "aircraft" },
  { pattern: /бпла|беспилотн|безпілотн|дрон|ударн\p{L}*\s+машин/u, metric: "drones" },
  { pattern: /крилат|крылат/u, metric: "cruise-missiles" },
  { pattern: /ракет|аеробаліст|аэробаллист|балістичн|баллистич|реактивн\p{L}*\s+снаряд/u, metric: "missiles" },
  { pattern: /атак|штурм|боестолкновен|боєзіткнен|бойов\p{L}*\s+зіткнен/u, metric: "combat-engagements" },
  { pattern: /підводн|подводн/u, metric: "submarines" },
  { pattern: /корабл|катер/u, metric: "ships-and-boats" },
  { pattern: /автомобіл|автомобил|автотехн|автоцистерн|вантажівк/u, metric: "military-vehicles" },
  { pattern: /спеціальн\p{L}*\s+техн|специальн\p{L}*\s+техн/u, metric: "special-equipment" },
  { pattern: /одиниц\p{L}*\s+(?:\p{L}+\s+)?техн|единиц\p{L}*\s+(?:\p{L}+\s+)?техник|бронетехн/u, metric: "weapons-and-equipment" },
  { pattern: /населен\p{L}*\s+пункт|населён\p{L}*\s+пункт|сел(?:о|а|ах|ами)?(?!\p{L})|сіл(?!\p{L})|деревн|посел|селищ/u, metric: "settlements" },
  { pattern: /пункт\p{L}*\s+управлен|склад|объект|об['’]єкт|локаці|цел(?:ей|и|ь)(?!\p{L})|ціл(?:ей|і|ь)(?!\p{L})/u, metric: "military-objects" },
];

const PEOPLE: readonly { pattern: RegExp; kind: PersonKind }[] = [
  { pattern: /дет(?:ей|и|ям)|діт(?:ей|и)|дитин|реб[её]н/u, kind: "child" },
  { pattern: /военн|військов|военнослужащ|військовослужбов|солдат|бойц|бійц|оккупант|окупант|вояк|захисник/u, kind: "soldier" },
  { pattern: /мирн|цивільн|гражданск|жител|мешкан/u, kind: "civilian" },
  { pattern: /человек|люд(?:ей|и)|осіб|особ|мужчин|чоловік|женщин|жінок|жінк/u, kind: "person" },
];

const OUTCOMES: readonly { pattern: RegExp; outcome: Outcome }[] = [
  { pattern: /(?:вбитими|убитыми|загиблими|погибшими)\s+(?:та|і|и)\s+(?:пораненими|ранеными)/u, outcome: "killed-or-wounded" },
  { pattern: /погиб|загин|загибл|убит|убил|вбит|вбил|вбив|убив|смерт/u, outcome: "killed" },
  { pattern: /ранен|ранил|ранив|поранен|поранил|поранив|поранення|травм|пострада|постражда/u, outcome: "wounded" },
  { pattern: /госпитализ|госпіталіз/u, outcome: "hospitalized" },
  { pattern: /пропал\p{L}*\s+без\s+вести|безвісти|безвісно/u, outcome: "missing" },
  { pattern: /эвакуир|эвакуац|евакуйов|евакуац|переселенц|переміщен/u, outcome: "displaced" },
  { pattern: /беженц|біженц|бежал|втекл|выехал|виїхал/u, outcome: "fled" },
  { pattern: /спас[её]н|спасл|врятува|врятован/u, outcome: "rescued" },
  { pattern: /плен|полон/u, outcome: "captured" },
  { pattern: /потер[ьия]|втрат/u, outcome: "losses" },
];

const PER_CENT = /^[\s\u00A0]*(?:%|процент\p{L}*|відсот\p{L}*)/u;
const AREA = /^[\s\u00A0]*(?:км²|км2|кв\.?[\s\u00A0]*км\.?|квадратн\p{L}*[\s\u00A0]+(?:кило|кіло)метр\p{L}*)/u;
const DISTANCE = /^[\s\u00A0]*(?:км(?!\p{L})|(?:кило|кіло)метр\p{L}*)/u;
const SOLDIERS_CONTEXT = /військ|войск|армі|арми|ЗСУ|ВСУ|оккупант|окупант|ворог|противник|потер|втрат|солдат|военн/iu;

function nearestOutcome(clause: string, from: number, to: number, at: number, end: number): Outcome | undefined {
  let best: { outcome: Outcome; distance: number } | undefined;
  for (const { pattern, outcome } of OUTCOMES) {
    const global = new RegExp(pattern.source, "gu");
    for (const m of clause.slice(from, to).toLowerCase().matchAll(global)) {
      const s = from + m.index;
      const distance = s >= end ? s - end : at - (s + m[0].length);
      if (distance < 0) continue;
      // Ties go to the word before: "убили щонайменше 12 та поранили …".
      // "потеряла 500 военных убитыми": "losses" yields to what happened to them.
      const weighed = (s >= end ? distance + 0.5 : distance) + (outcome === "losses" ? 30 : 0) - (outcome === "killed-or-wounded" ? 20 : 0);
      if (!best || weighed < best.distance) best = { outcome, distance: weighed };
    }
  }
  return best?.outcome;
}

function personMetric(kind: PersonKind, outcome: Outcome, soldiers: boolean): Metric | undefined {
  const military = kind === "soldier" || (kind === "person" && soldiers);
  switch (outcome) {
    case "killed":
      return kind === "child" ? "children-killed" : military ? "soldiers-killed" : kind === "civilian" ? "civilians-killed" : "people-killed";
    case "wounded":
      return military ? "soldiers-wounded" : "people-injured";
    case "captured":
      return military ? "soldiers-captured" : undefined;
    case "losses":
      return military || kind === "person" ? "personnel-losses" : undefined;
    case "killed-or-wounded":
      return military ? "personnel-losses" : "killed-or-injured";
    case "hospitalized":
      return "people-hospitalized";
    case "missing":
      return "people-missing";
    case "displaced":
      return "people-displaced";
    case "fled":
      return "people-fled";
    case "rescued":
      return "people-rescued";
  }
}

/** The item of a list the number stands in: the words after the last ", ", "; " or ": " before it. */
function itemOfList(lead: string): string {
  const breaks = [...lead.matchAll(/[,;:]\s/g)];
  const last = breaks.at(-1);
  return last ? lead.slice(last.index + last[0].length) : lead;
}

function thingIn(words: string): Metric | undefined {
  const lower = words.toLowerCase();
  return THINGS.find((t) => t.pattern.test(lower))?.metric;
}

/**
 * Places `mention` of `clause`; `previousEnd` is where the figure before it ends (or 0), `nextStart`
 * where the next begins (or the clause's end); `previous` is the metric of the figure before it in the clause.
 */
export function placeFigureCyrillic(clause: string, mention: NumberMention, previousEnd = 0, nextStart = clause.length, previous?: Metric): Placement {
  const after = clause.slice(mention.end);
  const base = { statedEnd: mention.end, phraseEnd: mention.end, describesPlace: false };
  if (mention.fraction) {
    const whole = after.split(/[,;:]/)[0]?.trim() || "the whole stated";
    return { placed: true, metric: "share", subject: whole, ...base, reasons: ["a share written as a fraction (половина), recorded in per cent: check the whole it is a share of"] };
  }
  const perCent = PER_CENT.exec(after);
  if (perCent) {
    const statedEnd = mention.end + perCent[0].length;
    return { placed: true, metric: "share", subject: clause.slice(statedEnd).split(/[,;]/)[0]?.trim() || "the share stated", ...base, statedEnd, phraseEnd: statedEnd, reasons: ["share: check what it is a share of"] };
  }
  const area = AREA.exec(after);
  if (area) {
    const statedEnd = mention.end + area[0].length;
    return { placed: true, metric: "territory", subject: clause.slice(statedEnd).split(/[,;]/)[0]?.trim() || "territory", ...base, statedEnd, phraseEnd: statedEnd, reasons: ["territory: check what the area is of"] };
  }
  if (DISTANCE.test(after)) return { placed: false, reason: "a distance: not proposed in Russian or Ukrainian text" };

  // The words it counts: up to the next break or number.
  const stop = /[,;:—–()«»"]|\s[-–—]\s|\d|\s(?:и|і|та|а также|а також)\s+\d/u.exec(after);
  const phrase = after.slice(0, Math.min(stop ? stop.index : after.length, nextStart - mention.end, 60));
  const phraseEnd = mention.end + phrase.trimEnd().length;
  // "15 танков и девять БМП": the words it counts, without the conjunction before the next.
  const noun = phrase.trim().replace(/\s+(?:и|і|та|а|а также|а також)$/u, "");
  const rise = /\(\s*\+\s*$/.test(clause.slice(0, mention.start));
  // "танки — 9 500 (+25 за минулу добу)": a list line names what it counts before its dash.
  const label = /^[\s\-–—‒•*]*([^\d—–‒]+?)\s*[—–‒-]\s*(?:(?:близько|около|орієнтовно|приблизно)\s+)?(?:\d[\d\s\u00A0]*\(\s*\+\s*)?$/u.exec(itemOfList(clause.slice(0, mention.start)))?.[1];

  const thing = thingIn(noun) ?? (label ? thingIn(label) : undefined);
  if (thing) {
    const subject = label && !thingIn(noun) ? `${label.trim()}${rise ? " (the day's rise)" : ""}` : noun;
    return { placed: true, metric: thing, subject, ...base, phraseEnd: Math.max(mention.end, label && !thingIn(noun) ? mention.end : phraseEnd), reasons: rise ? ["the rise over the day in a list line: check the metric counts the day's figure"] : [] };
  }

  const lowerNoun = noun.toLowerCase();
  // "вбили 12 та поранили 30 мирних мешканців": with no noun of its own, the people named after it in the clause.
  const person =
    PEOPLE.find((p) => p.pattern.test(lowerNoun))?.kind ??
    (noun === "" || !/\p{L}{3,}/u.test(noun) || /^(?:та|і|и|а|ещ[её]|ще)\s/iu.test(noun) ? PEOPLE.find((p) => p.pattern.test(clause.slice(mention.end).toLowerCase()))?.kind : undefined);
  const window = { from: previousEnd, to: nextStart };
  const outcome =
    nearestOutcome(clause, window.from, window.to, mention.start, mention.end) ??
    // "3 — у Бахмуті": the clause says what happened to all of them.
    nearestOutcome(clause, 0, clause.length, mention.start, mention.end);
  if (!person && !outcome) {
    // "семь в Донецкой Народной Республике, четыре в Сумской области": a list by place.
    if (previous && (noun === "" || /^(?:в|у|на)\s+\p{Lu}/u.test(noun))) {
      return { placed: true, metric: previous, subject: "what the figure before it counts", ...base, reasons: [`names nothing it counts: taken to count what the figure before it counts (${previous}): check`] };
    }
    return { placed: false, reason: noun ? `no metric for "${noun}"` : "the number names nothing it counts" };
  }
  if (!outcome) return { placed: false, reason: `no metric for "${noun}" without saying what happened to them` };
  // "Еще 219 получили ранения" after "погиб 71 российский военный": the soldiers counted before.
  const strike = /удар\p{L}*\s+по|обстр[іе]л|внаслідок|в результате|ракетн\p{L}*\s+(?:удар|атак)/iu.test(clause);
  const soldiers = SOLDIERS_CONTEXT.test(clause) || (!strike && previous !== undefined && /^(?:soldiers|personnel)-/.test(previous));
  const metric = personMetric(person ?? "person", outcome, soldiers);
  if (!metric) return { placed: false, reason: `no metric for "${noun || "people"}" (${outcome})` };
  const reasons = person ? [] : ["the figure names no noun: people are assumed"];
  return { placed: true, metric, subject: noun || "people", ...base, phraseEnd: Math.max(mention.end, phraseEnd), reasons };
}
