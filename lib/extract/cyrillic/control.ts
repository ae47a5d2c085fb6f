/**
 * Claims of control in Russian and Ukrainian text: captures ("освобождены населенные пункты A, B и
 * C", "взяли под полный контроль", "установили контроль над 13-ю населенными пунктами", "звільнили
 * село X", "зачистили", "захопили"), fighting ("бои за", "добивают", "оборонна операція триває"),
 * encirclement ("в осажденном городе") and denials ("опроверг", "спростував", "не відповідає
 * дійсності", "якобы", "нібито"), with the places named after the verb as the text declines them.
 */
import type { ControlStatus } from "../../model/claims";
import type { ControlCandidate, SideWord } from "../control";

const LIBERATE = /(?<![\p{L}-])(?:освобо[дж]\p{L}*|очищен\p{L}*|звільн\p{L}*|зачист\p{L}*|зачищен\p{L}*|відбил\p{L}*|отбил\p{L}*|повернул\p{L}*|вернул\p{L}*)/iu;
const TAKE =
  /(?<![\p{L}-])(?:взят\p{L}*\s+под\s+(?:полный\s+)?контроль|взял\p{L}*\s+под\s+(?:полный\s+)?контроль|взял\p{L}*\s+під\s+(?:повний\s+)?контроль|взят\p{L}*\s+під\s+(?:повний\s+)?контроль|установил\p{L}*\s+(?:полный\s+)?контроль|встановил\p{L}*\s+(?:повний\s+)?контроль|захват\p{L}*|захоп\p{L}*|оккупир\p{L}*|окупува\p{L}*|окупован\p{L}*|занял\p{L}*|зайнял\p{L}*|контролю(?:є|ють)|контролиру(?:ет|ют)|под\s+контролем|під\s+контролем)/iu;
const FIGHT =
  /(?<![\p{L}-])(?:бо(?:и|ев|ёв|ях|й|ю|я|ї|їв|ями)(?![\p{L}])|бойові\s+дії|бойових\s+дій|боевые\s+действия|штурм\p{L}*|добива\p{L}*|наступа\p{L}*|оборонительн\p{L}*\s+операци\p{L}*|оборонн\p{L}*\s+операці\p{L}*|продолжают\s+очищать|тривають\s+бої)/iu;
const ONGOING = /продолжа\p{L}*|трива\p{L}*|ведутся|ведуться|ідуть|идут/iu;
const ENCIRCLE = /(?<![\p{L}-])(?:окруж[её]н\p{L}*|окружил\p{L}*|оточен\p{L}*|оточил\p{L}*|осажд[её]нн\p{L}*|блокирован\p{L}*|заблоковано)/iu;
const DENIAL =
  /(?<![\p{L}-])(?:опроверг\p{L}*|спростува\p{L}*|спростовує|не\s+відповіда\p{L}*\s+дійсності|не\s+соответству\p{L}*\s+действительности|не\s+подтвержда\p{L}*|не\s+підтверджу\p{L}*|нібито|якобы|насправді\s+немає|на\s+самом\s+деле\s+нет|неправдив\p{L}*|ложн\p{L}*\s+заявлени)/iu;
/** Intentions and conditions are not claims: "планирует захватить", "намагаються захопити". */
const INTENT = /(?<![\p{L}-])(?:план\p{L}*|намага\p{L}*|пыта\p{L}*|пытаясь|намагаючись|стрем\p{L}*|хочет|хочуть|хотят|мож\p{L}*|могут|спроб\p{L}*|попытк\p{L}*|цель\p{L}*|мета\p{L}*)/iu;

const RUSSIAN = /российск\p{L}*|російськ\p{L}*|русск\p{L}*|(?<!\p{L})(?:РФ|России|Росії|ЛНР|ДНР)(?!\p{L})|окупант\p{L}*|оккупант\p{L}*|ворог\p{L}*|противник\p{L}*|враг\p{L}*|Кремл\p{L}*|группировк\p{L}*/u;
const UKRAINIAN = /украинск\p{L}*|українськ\p{L}*|(?<!\p{L})(?:ЗСУ|ВСУ|НГУ|Украины|України)(?!\p{L})|Сил\p{L}*\s+оборон\p{L}*|захисник\p{L}*|бригад\p{L}*/u;

/** A place's name: capitalised words, hyphens and apostrophes inside them ("Верхня Роща", "Лісовий Яр"). */
const NAME = /\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]*)*(?:[ -]\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]*)*)*/gu;
/** Capitalised words that are not places: bodies, sides, groupings, months. */
const NOT_PLACE =
  /^(?:Россия|России|Росії|Росія|Россией|Украина|Украины|України|Україна|Украине|Україні|Кремл\p{L}*|Генштаб\p{L}*|Генеральн\p{L}*|Минобороны|Міноборони|Вооруж\p{L}*|Збройн\p{L}*|Сил\p{L}*|Войска|Військ\p{L}*|Президент\p{L}*|Також|Также|Об|Про|При|За|В|У|На|З|С|Из|Із|Сейчас|Зараз|Азов|Южн\p{L}*|Северн\p{L}*|Западн\p{L}*|Восточн\p{L}*|Центр\p{L}*|Днепр|Днепр\p{L}+|Дніпро|Север|Запад|Юг|Восток|Північ|Південь|Схід|Захід|Нагадаємо|Напомним|Бойов\p{L}*|Боев\p{L}*|Ситуаци\p{L}*|Ситуаці\p{L}*|Судячи|Раніше|Ранее|Народн\p{L}*|Республик\p{L}*|Российск\p{L}*|Російськ\p{L}*|Украинск\p{L}*|Українськ\p{L}*)$/u;
const REGION_AFTER = /^\s+(?:област\p{L}*|громад\p{L}*|округ\p{L}*|район\p{L}*|республик\p{L}*|республі\p{L}*|народн\p{L}*|край|краю|группировк\p{L}*|угрупован\p{L}*)/iu;
const COUNT = /(?:\d[\d\s\u00A0,]*(?:-\p{Ll}+)?|\p{Ll}+)\s+(?:населен\p{L}*\s+пункт\p{L}*|населён\p{L}*\s+пункт\p{L}*|сел\p{L}*|сіл)|\d[\d\s\u00A0,]*\s*(?:км²|кв\.?\s*км\.?)(?:\s+территори\p{L}*|\s+територі\p{L}*)?(?:\s+\p{Lu}\p{L}+)?/u;
const TERRITORY_OF = /(?:процент\p{L}*|відсот\p{L}*|%)\s+территори\p{L}*\s+((?:\p{Lu}\p{L}+\s*){1,3})/u;

export interface CyrillicControlContext {
  speakerSide?: SideWord;
  /** Where the clause starts in the sentence, to find a place named before it ("горсовет Каменки сообщил, что в осажденном городе"). */
  clauseStart?: number;
  /** The whole sentence, for a denial stated outside the clause ("X опроверг заявления о …"). */
  sentence?: string;
}

function controlOf(side: SideWord): ControlStatus {
  return side === "russian" ? "russian-control" : "ukrainian-control";
}

const FIGHT_AT =
  /(?:^|\s)(?:в|у|во|на|под|під|біля|около|возле|близ|за|районе|районі|окраин\p{L}*|окраї\p{L}*|пункт\p{L}*|территори\p{L}*|територі\p{L}*|напрям\p{L}*|направлени\p{L}*|центр|центре|центрі)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** "Полтавщині", "Сумщина": a region, not a settlement. */
const REGION_NAME = /(?:щин|чин)\p{Ll}*$/u;

function placesIn(text: string, regions = false): string[] {
  const places: string[] = [];
  for (const m of text.matchAll(NAME)) {
    let words = m[0].split(/\s+/);
    // "Каменка Курской области", "Лесное Брянской области": the region's adjective is not the place.
    if (REGION_AFTER.test(text.slice(m.index + m[0].length))) words = words.slice(0, -1);
    // Groupings: "группировки войск Восток".
    if (/(?:группировк|угрупован)\p{L}*\s+(?:войск\s+|військ\s+)?$/iu.test(text.slice(0, m.index))) continue;
    // The verb itself at the start of a sentence: "Бойові дії …", "Освобождены …".
    const kept = words.filter((w) => !NOT_PLACE.test(w) && ![LIBERATE, TAKE, FIGHT, ENCIRCLE, DENIAL].some((p) => p.test(w)));
    if (kept.length === 0 || kept.length !== words.length) continue;
    const name = words.join(" ");
    if (/\p{Lu}{2,}/u.test(name)) continue;
    if (!regions && REGION_NAME.test(name)) continue;
    places.push(name);
  }
  return places;
}

/** Who made the claim a denial answers: "заявления Кремля о …", "повідомлення російського Міноборони про …". */
const CLAIMED_BY =
  /(?:заявлени\p{L}*|сообщени\p{L}*|повідомленн\p{L}*|заяв\p{L}*|твердженн\p{L}*|утверждени\p{L}*)\s+(?:из\s+|з\s+|із\s+)?((?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:о|об|про)(?![\p{L}])/u;

function actorBefore(before: string): SideWord | undefined {
  let best: { side: SideWord; at: number } | undefined;
  for (const [side, pattern] of [["russian", RUSSIAN], ["ukrainian", UKRAINIAN]] as const) {
    for (const m of before.matchAll(new RegExp(pattern.source, "gu"))) if (!best || m.index > best.at) best = { side, at: m.index };
  }
  return best?.side;
}

export interface CyrillicControl extends ControlCandidate {
  /** A denied claim of capture: who the sentence says made it ("Кремля"), to be resolved as its claimant. */
  claimedBy?: string;
}

const ADVANCE = /(?<![\p{L}-])(?:просунул\p{L}*|продвинул\p{L}*|просува\p{L}*|продвига\p{L}*)/iu;
const DIRECTION = /(?:на|в|у)\s+(?:напрям\p{L}*|направлени\p{L}*)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)/u;

/** Claims of control a Russian or Ukrainian clause states, one per place. */
export function findControlCyrillic(clause: string, given: CyrillicControlContext = {}): CyrillicControl[] {
  const sentence = given.sentence ?? clause;
  const found: CyrillicControl[] = [];
  // "на напрямі A-B підрозділи просунулися": fighting along that direction.
  const direction = ADVANCE.test(clause) ? DIRECTION.exec(clause) : null;
  if (direction?.[1]) found.push({ place: direction[1], status: "fighting", reasons: ["an advance along a direction: recorded as fighting there: check", "read by the Russian and Ukrainian rules"] });
  const verbs = [...clause.matchAll(new RegExp(LIBERATE.source, "giu")), ...clause.matchAll(new RegExp(TAKE.source, "giu"))].sort((a, b) => a.index - b.index);
  if (verbs.length > 1 && !DENIAL.test(sentence) && !ONGOING.test(clause)) {
    // "взяли під контроль 6 населених пунктів, повернули … до 107 кв. км території": each verb with its own words.
    verbs.forEach((verb, i) => {
      const start = i === 0 ? 0 : verb.index;
      const end = verbs[i + 1]?.index ?? clause.length;
      found.push(...controlIn(clause.slice(start, end), { ...given, sentence }));
    });
  } else {
    found.push(...controlIn(clause, given));
  }
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = `${c.place}|${c.status}|${c.claimedBy ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function controlIn(clause: string, given: CyrillicControlContext): CyrillicControl[] {
  const sentence = given.sentence ?? clause;
  const liberate = LIBERATE.exec(clause);
  const take = TAKE.exec(clause);
  const fight = FIGHT.exec(clause);
  const encircle = ENCIRCLE.exec(clause);
  const denial = DENIAL.exec(sentence);
  const verb = [liberate, take].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  const ongoing = fight && ONGOING.test(clause);

  let status: ControlStatus | undefined;
  let capturerSide: SideWord | undefined;
  let at = 0;
  const reasons: string[] = [];
  // "отбили 14 атак в районе X", "відбили штурм": attacks repelled, fighting there, not a place retaken.
  const repelled = verb && /^(?:отбил|відбил|отби|відби)/iu.test(verb[0]) && /^\s+(?:\S+\s+){0,2}?(?:атак|штурм|наступ|спроб|попыт)/iu.test(clause.slice(verb.index + verb[0].length));
  if (repelled && verb) {
    status = "fighting";
    at = verb.index + verb[0].length;
  } else if (verb && !ongoing) {
    at = verb.index + verb[0].length;
    if (INTENT.test(clause.slice(Math.max(0, verb.index - 25), verb.index))) return [];
    const actor = actorBefore(clause.slice(0, verb.index));
    const capturer: SideWord =
      verb === liberate
        ? (given.speakerSide ?? actor ?? (/звільн|зачист|відбил|повернул/iu.test(verb[0]) ? "ukrainian" : "russian"))
        : // A capture denied is the other side's: "інформація про захоплення … не відповідає дійсності".
          (actor ?? (denial && given.speakerSide ? (given.speakerSide === "russian" ? "ukrainian" : "russian") : given.speakerSide) ?? "russian");
    capturerSide = capturer;
    if (denial) {
      const holder: SideWord = given.speakerSide && given.speakerSide !== capturer ? given.speakerSide : capturer === "russian" ? "ukrainian" : "russian";
      status = controlOf(holder);
      reasons.push(`a denial ("${denial[0]}"): recorded as the place still held by the ${holder} side: check`);
    } else {
      status = controlOf(capturer);
    }
  } else if (encircle) {
    status = "encircled";
    at = encircle.index + encircle[0].length;
  } else if (fight) {
    status = "fighting";
    at = fight.index + fight[0].length;
  }
  if (!status) return [];

  const after = clause.slice(at);
  let places = placesIn(after);
  // "…, чого насправді немає": the places named before the verb, in a denial.
  if (places.length === 0 && denial) places = placesIn(clause.slice(0, Math.max(0, at - 1)));
  if (places.length === 0) {
    const count = COUNT.exec(after);
    const share = TERRITORY_OF.exec(clause);
    if (count && status !== "fighting") places = [count[0].trim()];
    else if (share?.[1]) places = [share[1].trim()];
    else places = placesIn(clause.slice(0, Math.max(0, at - 1))).slice(-1);
    // "горсовет Каменки сообщил, что в осажденном городе": the place named earlier in the sentence.
    if (places.length === 0 && given.sentence && given.clauseStart && /(?<![\p{L}])(?:город\p{L}*|міст[оіа]|сел[оеіа]|посел\p{L}*|населен\p{L}*\s+пункт\p{L}*)/iu.test(after)) places = placesIn(given.sentence.slice(0, given.clauseStart)).slice(-1);
    if (places.length === 0 && status !== "fighting") places = placesIn(after, true).slice(0, 1);
    if (count) reasons.push("a count or an area of places, not a place: check the place");
  }
  // Fighting is at a place the clause puts it: "в Каменке", "на окраинах …", "в районе …", not at a person named.
  if (status === "fighting") {
    // "під Лісовим та Каменкою": the places listed after the first one the clause puts the fighting at.
    let listing = false;
    places = places.filter((p) => {
      const lead = clause.slice(0, clause.indexOf(p));
      listing = FIGHT_AT.test(lead) || (listing && /(?:,|\s(?:та|і|и))\s+$/u.test(lead));
      return listing;
    });
  }
  places = places.filter((p) => !/\p{Script=Latin}/u.test(p));
  if (places.length === 0) return [];
  if (places.some((p) => /\p{Ll}$/u.test(p) && !/[аяоеьйі]$/u.test(p))) reasons.push("the place is written as the text declines it: give its name");
  const held = [...new Set(places)].map((place) => ({ place, status: status!, reasons: [...reasons, "read by the Russian and Ukrainian rules"] }));
  // A denial answers a claim of capture: that claim, by whoever the sentence says made it.
  const claimedBy = denial && verb && verb === take ? CLAIMED_BY.exec(clause.slice(0, verb.index + verb[0].length) + " ") ?? CLAIMED_BY.exec(sentence) : null;
  const claimed: CyrillicControl[] = claimedBy?.[1]
    ? [...new Set(places)].map((place) => ({ place, status: controlOf(capturerSide ?? "russian"), claimedBy: claimedBy[1]!, reasons: [`the claim the denial answers, made by "${claimedBy[1]}": check`] }))
    : [];
  return [...held, ...claimed];
}
