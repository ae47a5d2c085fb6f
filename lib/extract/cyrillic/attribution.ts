/**
 * Who a Russian or Ukrainian sentence says made a claim: "X сообщил(а/и), что …", "…, — заявил X",
 * "по данным X", "за даними X", "по словам X", "згідно з X", "В Генштабе заявили", and "Об этом
 * сообщил X" / "Про це йдеться в повідомленні X", which attributes the sentence before. Pronouns are
 * given in English ("он" → "he") so the extractor's coreference reads them; documents ("в сводке",
 * "у звіті") are "the statement", whoever issued it last.
 */
import type { Attribution } from "../attribution";
import type { Span } from "../text";

const VERB =
  "(?:писал[аи]?|писав|сообщал[аи]?|заявлял[аи]?|повідомляв|повідомлял[аи]|заявляв|заявлял[аи]|сообщил[аио]?|сообща(?:ет|ют)|заявил[аио]?|заявля(?:ет|ют)|рассказал[аи]?|отметил[аи]?|отмечает|подчеркнул[аи]?|уточнил[аи]?|добавил[аи]?|написал[аи]?|пишет|сказал[аи]?|признал[аи]?|объявил[аи]?|доложил[аи]?|опроверг(?:ла|ли)?|насчитал[аи]?|подсчитал[аи]?|зафиксировал[аи]?|оценил[аи]?|" +
  "повідомил[аи]?|повідомив|повідомля(?:є|ють)|заявив|заявля(?:є|ють)|розповів|розповіл[аи]|зазначив|зазначил[аи]|зазнача(?:є|ють)|наголосив|наголосил[аи]|додав|додал[аи]|написав|написал[аи]|пише|сказав|сказал[аи]|поінформував|поінформувал[аи]|озвучив|озвучил[аи]|спростував|спростувал[аи]|зафіксува(?:в|ла|ли)|підрахува(?:в|ла|ли)|оприлюднив|оприлюднил[аи])";

/** "по данным X", "за словами X": the source named after the preposition, up to the comma. */
const ACCORDING =
  /(?:^|[\s,(—–-])((?:по|за)\s+(?:данным|даними|словам|словами|информации|інформацією|оценкам|оцінками|подсчетам|подсчётам|підрахунками)|согласно|згідно\s+(?:з|із)|как\s+сообщ(?:ает|ил[аи]?)|як\s+повідом(?:ляє|ив|ила|или)|со\s+ссылкой\s+на|з\s+посиланням\s+на)\s+([^,;:.]+?)(?=\s*(?:,|;|:|\.|$))/giu;

/** "Об этом сообщил X", "Про це йдеться в повідомленні X": the sentence before is X's. */
const BACK =
  /^(?:Об\s+этом|Про\s+це|Как\s+сообщ\p{L}*|Це\s+повідом\p{L}*)(?:\s*,?\s+[^.]{0,40}?,?)?\s+(?:сообщ\p{L}*|говорится|йдеться|ідеться|повідом\p{L}*|заяв\p{L}*|пише|пишет|написал\p{L}*|написав|сказано|розповів|рассказал\p{L}*|информирует|інформує)\s*(.*)$/iu;

/** "Отмечается, что", "У звіті йдеться, що", "В сводке говорится": the document named before. */
const IMPERSONAL =
  /^(?:(?:В|У)\s+(?:сводке|сообщении|заявлении|звіті|зведенні|повідомленні|докладе|доповіді|отчете|отчёте|документе|документі)\s+(?:говорится|указано|сказано|йдеться|ідеться|зазначається|вказано|отмечается)|Отмечается|Уточняется|Зазначається|Уточнюється|Также\s+отмечается|Також\s+зазначається)\s*,?\s*(?:что|що)?\s*/iu;

const PRONOUNS: Record<string, string> = { он: "he", она: "she", они: "they", він: "he", вона: "she", вони: "they", оно: "it", воно: "it", его: "it", його: "he", ее: "she", её: "she", її: "she", их: "they", їх: "they" };
const LEADING = /^(?:(?:\d{1,2}\s+\p{Ll}+(?:\s+\d{4}\s+(?:года|року))?|также|кроме того|ранее|позже|затем|тогда|вчера|сегодня|как|в частности|при этом|в свою очередь|тем временем|кроме этого|однако|але|але|також|крім того|раніше|сьогодні|вчора|як|зокрема|водночас|між тим|натомість|при цьому|втім|а|и|і|та)\s*,?\s+)+/iu;
const TRAILING =
  /(?:\s+(?:также|також|ранее|раніше|недавно|нещодавно|впервые|вперше|вчера|вчора|сегодня|сьогодні|уже|вже|официально|офіційно|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|у\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)|в\s+\p{L}+-канале|\d{1,2}\s+\p{L}+(?:\s+\d{4}\s+(?:года|року|г\.|р\.))?|\d{4}\s+(?:года|року)))+$/iu;
/** Words a speaker's name can be made of when it has no capital: "горсовет", "пресслужба", "министр обороны". */
const BODY_WORD = /(?:горсовет|міськрад|пресслужб|пресс-служб|штаб|генштаб|міноборон|минобороны|министр|міністр|министерств|міністерств|ведомств|відомств|президент|глава|голова|очільник|начальник|командувач|командующ|головнокомандувач|губернатор|мер|представник|представитель|спикер|речник|миссия|місія|ООН|ВСУ|ЗСУ)/iu;

function clean(mention: string): string {
  // "РБК-Україна з посиланням на Генеральний штаб ЗСУ": the body cited; "X со ссылкой на данные разведки": X, citing unnamed others.
  const citing = /^(.*?)\s+(?:со\s+ссылкой\s+на|ссылаясь\s+на|з\s+посиланням\s+на|посилаючись\s+на)\s+(.*)$/iu.exec(mention);
  const cited = citing?.[2]?.replace(/^(?:данные|данных|дані|даних|информацию|інформацію)\s+/iu, "");
  let m = citing ? (cited && /^\p{Lu}/u.test(cited) ? cited : (citing[1] ?? "")) : mention;
  m = m.replace(/^[\s,—–-]+|[\s,.—–-]+$/gu, "");
  m = m.replace(LEADING, "");
  m = m.replace(TRAILING, "");
  m = m.replace(/^(?:в|у|во)\s+/iu, "");
  const pronoun = PRONOUNS[m.toLowerCase()];
  if (pronoun) return pronoun;
  // "военное ведомство", "в министерстве", "пресслужба": the ministry named before.
  if (/^(?:(?:военн|військов|оборонн)\p{L}*\s+)?(?:ведомств|відомств|министерств|міністерств|пресс-служб|пресслужб)\p{L}*$/iu.test(m)) return "the ministry";
  return m;
}

function plausible(mention: string): boolean {
  if (!mention || mention.length > 90) return false;
  if (/^(?:he|she|they|it|the statement|the ministry)$/.test(mention)) return true;
  return /^\p{Lu}/u.test(mention) || /\s\p{Lu}/u.test(mention) || BODY_WORD.test(mention);
}

/** A document in place of its author ("сводке", "звіті"): the last to issue one. */
function documentOrBody(words: string): string {
  const rest = words
    .replace(/^(?:в|у|во|из|із|з)\s+/iu, "")
    .replace(/^(?:сообщени\p{L}*|повідомленн\p{L}*|сводк\p{L}*|зведенн\p{L}*|заявлени\p{L}*|заяв\p{L}*|звіт\p{L}*|отч[её]т\p{L}*|доклад\p{L}*|доповід\p{L}*|telegram-канал\p{L}*|телеграм-канал\p{L}*|публикаци\p{L}*|публікаці\p{L}*|дан\p{L}*)\s*/iu, "")
    .replace(/[.\s]+$/u, "");
  return rest ? clean(rest) : "the statement";
}

/** The attributions of a Russian or Ukrainian sentence; `back` when it attributes the sentence before ("Об этом сообщил X"). */
export function findAttributionsCyrillic(sentence: string): { attributions: Attribution[]; back?: Attribution } {
  const end = sentence.length;
  const back = BACK.exec(sentence);
  if (back) {
    const mention = documentOrBody(back[1] ?? "");
    return { attributions: [], back: { mention, phrase: { start: 0, end }, scope: { start: end, end } } };
  }
  const found: { mention: string; phrase: Span; leading: boolean }[] = [];
  // "Генштаб ЗСУ: бої тривають …": a headline's speaker before a colon.
  const headline = /^((?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+)(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+)){0,4}):\s+(?=\p{L})/u.exec(sentence);
  if (headline?.[1] && /^\p{Lu}/u.test(headline[1]) && !/\d/.test(headline[1]) && plausible(clean(headline[1]))) {
    found.push({ mention: clean(headline[1]), phrase: { start: 0, end: headline[0].length }, leading: true });
  }
  const impersonal = IMPERSONAL.exec(sentence);
  if (impersonal) found.push({ mention: "the statement", phrase: { start: 0, end: impersonal[0].length }, leading: true });
  // "за його словами", "по его данным": the last speaker.
  for (const m of sentence.matchAll(/(?:^|[\s,(—–-])((?:по|за|согласно)\s+(его|його|её|ее|її|их|їх)\s+(?:словам|словами|данным|даними|оценкам|оцінками|информации|інформацією))/giu)) {
    const start = m.index + m[0].indexOf(m[1] ?? "");
    found.push({ mention: PRONOUNS[(m[2] ?? "").toLowerCase()] ?? "it", phrase: { start, end: start + (m[1]?.length ?? 0) }, leading: true });
  }
  for (const m of sentence.matchAll(ACCORDING)) {
    if (found.some((f) => m.index + m[0].length > f.phrase.start && m.index < f.phrase.end)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length) + (/^[,(—–-]/.test(m[0].trimStart()) ? 1 : 0);
    const mention = clean(m[2] ?? "");
    if (!plausible(mention) && !/^(?:he|it|she|they)$/.test(mention)) {
      // "по оценкам украинской стороны": a side named by an adjective.
      const side = /украинск|українськ/iu.test(m[2] ?? "") ? "Ukraine" : /российск|російськ/iu.test(m[2] ?? "") ? "Russia" : undefined;
      if (!side) continue;
      found.push({ mention: side, phrase: { start, end: m.index + m[0].length }, leading: true });
      continue;
    }
    found.push({ mention, phrase: { start, end: m.index + m[0].length }, leading: true });
  }
  // "…, следует из сообщения Минобороны", "…, говорится в сводке X": the body after the document.
  const trailingDoc = /,\s*(?:следует\s+из|говорится\s+в|сказано\s+в|йдеться\s+(?:в|у)|випливає\s+з|це\s+випливає\s+з)\s+([^,;]+?)\s*[.]?$/iu.exec(sentence);
  if (trailingDoc) found.push({ mention: documentOrBody(trailingDoc[1] ?? ""), phrase: { start: trailingDoc.index, end }, leading: false });

  const verb = new RegExp(`(?<![\\p{L}])${VERB}(?![\\p{L}])`, "giu");
  for (const m of sentence.matchAll(verb)) {
    const at = m.index;
    const verbEnd = at + m[0].length;
    if (found.some((f) => at >= f.phrase.start && at < f.phrase.end)) continue;
    const before = sentence.slice(0, at);
    const boundary = Math.max(before.lastIndexOf(","), before.lastIndexOf("—"), before.lastIndexOf("–"), before.lastIndexOf(":"), before.lastIndexOf("«"), before.lastIndexOf("\""));
    const head = before.slice(boundary + 1);
    if (/^[\s—–-]*$/.test(head) && boundary >= 0) {
      // "…, — сообщил X." / "…, повідомили у Генштабі": the speaker follows the verb.
      const tail = /^\s*([^,;:.]+?)(?=\s*(?:,|;|:|\.|$))/u.exec(sentence.slice(verbEnd));
      const mention = clean(tail?.[1] ?? "");
      if (plausible(mention)) found.push({ mention, phrase: { start: boundary, end: verbEnd + (tail?.[0].length ?? 0) }, leading: false });
      continue;
    }
    const mention = clean(head);
    if (!plausible(mention)) continue;
    // "заявил в воскресенье, что", "повідомив 5 травня, що": when, then what.
    const that = /^(?:\s+(?:в|у|во|на)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?|\s+\d{1,2}\s+\p{L}+|\s+(?:вчера|вчора|сегодня|сьогодні|ранее|раніше|также|також))?\s*,?\s*(?:что|що|:)\s*/iu.exec(sentence.slice(verbEnd));
    found.push({ mention, phrase: { start: boundary + 1 + (head.length - head.trimStart().length), end: verbEnd + (that?.[0].length ?? 0) }, leading: true });
  }

  found.sort((a, b) => a.phrase.start - b.phrase.start);
  return {
    attributions: found.map((f, i) => {
      const next = found[i + 1];
      const previous = found[i - 1];
      const scope = f.leading ? { start: f.phrase.end, end: next ? next.phrase.start : end } : { start: previous ? previous.phrase.end : 0, end: f.phrase.start };
      // Without the commas and dashes that join it to the attribution.
      while (scope.end > scope.start && /[\s,—–-]/u.test(sentence.charAt(scope.end - 1))) scope.end--;
      return { mention: f.mention, phrase: f.phrase, scope: scope.end >= scope.start ? scope : { start: scope.start, end: scope.start } };
    }),
  };
}
