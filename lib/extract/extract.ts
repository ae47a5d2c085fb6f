/**
 * From a report's text to candidate claims: sentences → attributions → numbers → metrics → claims,
 * each with its verbatim quote and offsets, and a review note wherever the extractor guessed.
 */
import type { Claimant } from "../model/claimants";
import { type ClaimInput, CONTROL_EXTENT_METRICS, type ControlStatus, type FigureControl, METRIC_INFO, type Metric } from "../model/claims";
import { sha256 } from "../dataset/validate";
import type { ReportSource } from "../model/sources";
import { PUBLISHER_NOT_IDENTIFIED } from "../model/sources";
import { type Attribution, findAttributions } from "./attribution";
import { nameWords, resolveMention, UNATTRIBUTED_ID } from "./claimants";
import { type ControlCandidate, findControl, namedSettlements } from "./control";
import { extentControl } from "./extent";
import { type Placement, placeFigure } from "./metrics";
import { claimAmount, findNumbers, type NumberMention } from "./numbers";
import type { ExtractionFile, ReviewNote, Unplaced } from "./output";
import { readReportHead } from "./report";
import { knownSpeaker } from "./speakers";
import { defaultWhoIsWho, type WhoIsWho } from "./whoIsWho";
import { statedOnFrom } from "./statedOn";
import { findAttributionsCyrillic } from "./cyrillic/attribution";
import { findControlCyrillic } from "./cyrillic/control";
import { placeFigureCyrillic } from "./cyrillic/metrics";
import { findNumbersCyrillic } from "./cyrillic/numbers";
import { isCyrillic } from "./cyrillic/script";
import { clauseSpans, quotedSpans, type Sentence, type Span, slugify, splitSentences, trimSpan } from "./text";

/** Quotes longer than this risk reproducing the report rather than quoting it. */
export const MAX_QUOTE = 150;
const BREAK = /,\s|\s(?:and|but|while|after|with|as)\s/g;
/** How far back (characters) a figure may be that "the figure", "the estimate" restates. */
const RESTATED_WITHIN = 400;
const REFERS_TO_FIGURE = /\b(?:figure|estimate|total|totals|toll|tally|count|list|number)\b|\bstands? at\b|\b(?:increased|rose|grew|went up|climbed)\s+by\b|\b(?:among|of)\s+(?:them|these|those)\b/i;
/** A sentence that goes on with the figures of the one before: "In addition, the occupiers lost …". */
const CONTINUES =
  /^(?:During (?:this|the reporting) period|In addition|Thus|Apart from that|Besides|Furthermore|Moreover|Also|Of (?:these|them|those)|Among them|Among the (?:dead|killed|injured|wounded|victims|freed|released|returned|exchanged)|It is followed by|This includes|These include|That includes|This number includes|This figure includes|Next (?:come|comes|is|are)|At the same time|In total|In all|All in all|Overall|Altogether|Specifically|Since the (?:beginning|start) of the (?:special )?(?:military )?operation)\b/i;
/** The same in Russian and Ukrainian: "Также", "Кроме того", "Среди погибших", "З них", "Загалом". */
const CONTINUES_CYRILLIC =
  /^(?:Также|Також|Кроме того|Крім того|Помимо этого|Окрім того|Среди (?:них|погибших|раненых)|Серед (?:них|загиблих|поранених)|Из них|З них|Зокрема|В частности|Ещ[её]|Ще|Загалом|Всего|Усього|Всього|В целом|В том числе|У тому числі|Итого|Отже|Таким образом)(?![\p{L}])/u;
/** The newsroom's own words in Russian and Ukrainian: "До этого сообщалось", "Раніше повідомлялося", "Нагадаємо". */
const NEWSROOM_CYRILLIC = /(?<![\p{L}])(?:сообщалось|повідомлялося|повідомлялось|ранее|раніше|нагадаємо|напомним|напомню|як відомо|как известно)(?![\p{L}])/iu;
/** Units of metrics that count people: "multiple civilians" is a claim, "several buildings" a description. */
const PEOPLE_UNITS = new Set(["people", "soldiers", "children", "prisoners", "civilians", "refugees"]);
/** "… are estimated to have fled", "An estimated 31 per cent": someone's estimate, the one named last. */
const ESTIMATE = /\b(?:(?:is|are|was|were) (?:estimated|believed)|[Aa]n estimated)\b/;

export interface ExtractInput {
  text: string;
  /** The report's file name in the sources folder (source.file). */
  file: string;
  /** data/claimants.json, to match attributions against. */
  claimants: readonly Claimant[];
  sourceId?: string;
  /** Who speaks for whom (data/who-is-who.json); the repository's by default. */
  whoIsWho?: WhoIsWho;
}

/** Who a stretch of a sentence is attributed to, once the mention is resolved. */
interface Speaker {
  claimantId: string;
  speaker?: string;
  relay?: ClaimInput["relay"];
  when?: string;
  reasons: string[];
}

interface Candidate {
  claim: ClaimInput;
  /** Where the quote starts in the text, to list candidates in the report's order. */
  start: number;
  reasons: string[];
}

type PlacedFigure = { mention: NumberMention; placement: Extract<Placement, { placed: true }> };

class Extractor {
  private readonly known: Claimant[];
  readonly newClaimants: Claimant[] = [];
  private readonly recent: string[] = [];
  /** Every speaker so far, latest last: "the statement" refers to the last one that made a statement. */
  private readonly history: Speaker[] = [];
  private readonly whenByClaimant = new Map<string, string>();
  /** The last figure placed, for "put the figure at …" soon after it. */
  private lastFigure: { metric: Metric; subject: string; at: number } | undefined;
  /** The place of the last claim of control, for "there" and "the village" in a later one. */
  private lastPlace: string | undefined;
  readonly candidates: Candidate[] = [];
  readonly unplaced: Unplaced[] = [];

  constructor(
    private readonly text: string,
    private readonly reportDate: string,
    claimants: readonly Claimant[],
    private readonly whoIsWho: WhoIsWho,
  ) {
    this.known = [...claimants];
  }

  private get who() {
    return { whoIsWho: this.whoIsWho, date: this.reportDate };
  }

  private get last(): Speaker | undefined {
    return this.history.at(-1);
  }

  private remember(claimantId: string) {
    const at = this.recent.indexOf(claimantId);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(claimantId);
  }

  /** People named before, by surname: "Grandi warned" is UN refugee chief Filippo Grandi. */
  private readonly bySurname = new Map<string, Speaker>();

  private rememberSurname(mention: string, speaker: Speaker) {
    // "Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff": the surname is the name's, not the role's.
    const names = [speaker.speaker ?? "", mention].flatMap((text) => [...(text.split(",")[0] ?? "").matchAll(/\b\p{Lu}[\p{Ll}’'-]{2,}\b/gu)].map((m) => m[0]));
    const surname = names.at(-1);
    if (surname && !this.bySurname.has(surname)) this.bySurname.set(surname, speaker);
  }

  private resolve(attribution: Attribution, sentence: Sentence): Speaker {
    const wording = sentence.text.slice(attribution.phrase.start, attribution.phrase.end);
    const relayFor = (via: string | undefined) => (via ? { via, wording } : undefined);
    const surname = this.bySurname.get(attribution.mention.trim());
    if (surname) {
      const speaker: Speaker = { ...surname, relay: relayFor(attribution.via), reasons: [`"${attribution.mention}" taken to be ${surname.speaker ?? surname.claimantId}, named before`] };
      this.remember(speaker.claimantId);
      this.history.push(speaker);
      return speaker;
    }
    const person = knownSpeaker(attribution.mention, new Set(this.known.map((c) => c.id)), this.whoIsWho, this.reportDate);
    if (person) {
      const when = attribution.when ?? this.whenByClaimant.get(person.claimantId);
      if (when) this.whenByClaimant.set(person.claimantId, when);
      const speaker: Speaker = {
        claimantId: person.claimantId,
        speaker: person.speaker,
        relay: relayFor(attribution.via),
        ...(when ? { when } : {}),
        reasons: [`"${person.speaker}" speaks for ${person.claimantId}`, ...person.reasons],
      };
      this.remember(speaker.claimantId);
      this.history.push(speaker);
      this.rememberSurname(attribution.mention, speaker);
      return speaker;
    }
    const bareMention = attribution.mention.trim().replace(/[,.]+$/, "");
    if (this.whoIsWho.isRelay(bareMention)) {
      // "CNN reported", "according to TASS": a medium that passed the claim on, not the claimant.
      const via = bareMention.replace(/^the\s+/i, "");
      // Not remembered: "he said" after it refers to the person the outlet quoted, not to the outlet.
      return { claimantId: UNATTRIBUTED_ID, relay: { via, wording }, reasons: [`"${via}" relayed this without naming who claims it: find the source it cites`] };
    }
    const resolution = resolveMention(attribution.mention, this.known, this.recent, this.who);
    let speaker: Speaker;
    switch (resolution.kind) {
      case "previous": {
        const via = attribution.via ?? resolution.via;
        // "The spokesperson also said": the last speaker the report named as a person, not the last body.
        const role = /\b(?:spokes\w*|press secretary|official|minister|chief|head)\b/i.test(attribution.mention);
        const subject = this.subjectOf(attribution, sentence);
        // "Vladimir Medinsky, a Russian negotiator, criticized Kyiv … He said more than 20 …": the person the sentence before was about.
        const person = /^(?:he|she)$/i.test(attribution.mention.trim()) && this.personSubject ? this.resolvePerson(this.personSubject, sentence) : undefined;
        const fitting = this.fittingSpeaker(attribution.mention);
        const antecedent =
          (via && this.history.findLast((s) => s.relay?.via.toLowerCase() === via.toLowerCase())) ||
          subject ||
          person ||
          fitting ||
          (role && this.history.findLast((s) => s.speaker !== undefined && s.claimantId !== UNATTRIBUTED_ID)) ||
          // "he", "she": the last speaker who is a person, past any body that spoke since.
          (/^(?:he|she)$/i.test(attribution.mention.trim()) && this.history.findLast((s) => s.speaker !== undefined && s.claimantId !== UNATTRIBUTED_ID)) ||
          this.last;
        if (!antecedent) {
          speaker = { claimantId: UNATTRIBUTED_ID, relay: relayFor(via), reasons: [`"${attribution.mention}" refers to no one named before it`] };
          break;
        }
        const relay = relayFor(via) ?? antecedent.relay;
        const named =
          antecedent === subject ? "the subject of the sentence" : antecedent === this.last || !via ? "named before it" : `whose ${via} the report cited before`;
        speaker = {
          claimantId: antecedent.claimantId,
          speaker: antecedent.speaker,
          relay,
          when: antecedent.when,
          reasons: [`"${attribution.mention}" taken to be ${antecedent.claimantId}, ${named}${!via && relay ? `, through the same ${relay.via}` : ""}`],
        };
        break;
      }
      case "known":
        speaker = { claimantId: resolution.claimantId, speaker: resolution.speaker, relay: relayFor(attribution.via), reasons: resolution.reasons };
        break;
      case "new":
        if (!this.newClaimants.some((c) => c.id === resolution.claimant.id)) {
          this.newClaimants.push(resolution.claimant);
          this.known.push(resolution.claimant);
        }
        speaker = { claimantId: resolution.claimant.id, speaker: resolution.speaker, relay: relayFor(attribution.via), reasons: resolution.reasons };
        break;
      case "unidentified":
        return {
          claimantId: UNATTRIBUTED_ID,
          speaker: resolution.speaker,
          relay: relayFor(attribution.via),
          reasons: [`said by someone the report does not identify ("${resolution.speaker}")`],
        };
    }
    if (resolution.kind === "known" || resolution.kind === "new") this.rememberSurname(attribution.mention, speaker);
    const when = attribution.when ?? this.whenByClaimant.get(speaker.claimantId) ?? speaker.when;
    if (when) this.whenByClaimant.set(speaker.claimantId, when);
    const inherited = when && !attribution.when ? [`"${when}" taken from an earlier attribution to ${speaker.claimantId}`] : [];
    speaker = { ...speaker, when, reasons: [...speaker.reasons, ...inherited] };
    this.remember(speaker.claimantId);
    this.history.push(speaker);
    return speaker;
  }

  /**
   * "the governor", "its ministry", "the agency": the last speaker the role fits, by its claimant's
   * name or the titles of the offices that speak for it (who-is-who), past any other that spoke since.
   */
  private fittingSpeaker(mention: string): Speaker | undefined {
    const role = /^(?:the|its|his|her|their|this|that)\s+(?:regional\s+)?(governor|mayor|ministry|minister|commander|agency|service)$/i.exec(mention.trim())?.[1]?.toLowerCase();
    if (!role) return undefined;
    return this.history.findLast((s) => {
      if (s.claimantId === UNATTRIBUTED_ID) return false;
      const claimant = this.known.find((c) => c.id === s.claimantId);
      const words = new Set([...nameWords(claimant?.name ?? ""), ...this.whoIsWho.titleWordsOf(s.claimantId)]);
      return words.has(role);
    });
  }

  /**
   * "Russia did not respond to the claims but …, it reported 487 deaths": "it" is the sentence's own
   * subject when that is a claimant the report has named, not the last speaker.
   */
  private subjectOf(attribution: Attribution, sentence: Sentence): Speaker | undefined {
    if (!/^(?:it|they)$/i.test(attribution.mention.trim())) return undefined;
    const subject = /^(?:The\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?\p{Lu}[\p{L}.’'-]*)\s+(?:did|does|has|had|was|is|have|were|denied|declined|rejected|refused|gave|offered|says|said)\b/u.exec(sentence.text.slice(0, attribution.phrase.start));
    if (!subject?.[1]) return undefined;
    const resolution = resolveMention(subject[1], this.known, this.recent, this.who);
    if (resolution.kind !== "known") return undefined;
    return this.history.findLast((s) => s.claimantId === resolution.claimantId) ?? { claimantId: resolution.claimantId, reasons: [] };
  }

  /**
   * Ukrainska Pravda's layout: "Source: Syrskyi on Facebook", then "Quote: …" and "Details: …"
   * paragraphs that are the source's words until "Background:". A paragraph with no label goes on
   * with the section before it.
   */
  private section: { label: string; speaker?: Speaker } | undefined;

  private readSection(sentence: Sentence): boolean {
    const paragraphStart = sentence.start === 0 || this.text.charAt(sentence.start - 1) === "\n";
    if (!paragraphStart) return false;
    const label = /^(Source|Quote|Details|Background|Reminder|Context|Recap|Previously)\s*:\s*/.exec(sentence.text);
    if (!label?.[1]) return false;
    if (label[1] === "Source") {
      const rest = sentence.text.slice(label[0].length).replace(/[.\s]+$/, "");
      const channel = /^(.+?)\s+(?:on|in|via)\s+(?:(?:his|her|its|their)\s+)?(Facebook|Telegram|X|Twitter|Instagram|YouTube|(?:a |the )?(?:statement|video|interview|briefing|(?:national )?(?:television|TV|telethon)))\b/.exec(rest);
      const mention = channel?.[1] ?? rest;
      const attribution: Attribution = {
        mention,
        phrase: { start: 0, end: sentence.text.length },
        scope: { start: sentence.text.length, end: sentence.text.length },
        ...(channel?.[2] ? { via: channel[2] } : {}),
      };
      const speaker = this.resolve(attribution, sentence);
      this.section = { label: "Source", speaker: { ...speaker, relay: undefined, reasons: [...speaker.reasons, `under "Source: ${rest}": the report's Quote and Details paragraphs are taken to be ${speaker.claimantId}'s`] } };
      return true;
    }
    this.section = { label: label[1], ...(this.section?.speaker ? { speaker: this.section.speaker } : {}) };
    return false;
  }

  /** Who a sentence with no attribution of its own speaks for under "Quote:" or "Details:". */
  private sectionSpeaker(): Speaker | undefined {
    if (!this.section || !/^(?:Quote|Details|Reported)$/.test(this.section.label)) return undefined;
    return this.section.label === "Details" ? (this.last ?? this.section.speaker) : this.section.speaker;
  }

  /** In a Russian or Ukrainian report, the newsroom's own words ("сообщалось", "раніше") have begun and no one has been named since. */
  private newsroomSpeaks = false;

  /** The sentence read before this one, for "X reported this", which attributes it. */
  private previousSentence: Sentence | undefined;

  /**
   * "Ukrainian Air Force Commander Mykola Oleshchuk reported this on Telegram": the sentence before,
   * where it had no speaker of its own, is X's; so are the sentences after that have none, until
   * someone else speaks.
   */
  private attributeBack(attributions: readonly Attribution[], sentence: Sentence): boolean {
    // Only "this" (and where it was said): "claiming this would pave the way" is a claim of its own.
    const back = attributions.find((a) => /^(?:this|that)(?:\s+(?:on|in|via|at|during|to)\s+[\p{L}\s’'-]{0,40})?\s*(?:,\s*according to\s+[^,;]+)?[\s,.]*$/iu.test(sentence.text.slice(a.scope.start, a.scope.end)));
    return this.attributePrevious(back, sentence, this.previousSentence);
  }

  /** "Про це йдеться в повідомленні X", "Об этом сообщил X": every sentence of the paragraph before is X's. */
  private attributeParagraphBack(back: Attribution | undefined, sentence: Sentence): boolean {
    const previous = this.previousSentence;
    if (!back || !previous) return false;
    const paragraphStart = this.text.lastIndexOf("\n", previous.start - 1) + 1;
    return this.attributePrevious(back, sentence, { ...previous, start: paragraphStart });
  }

  private attributePrevious(back: Attribution | undefined, sentence: Sentence, previous: Sentence | undefined): boolean {
    if (!back || !previous) return false;
    const speaker = this.resolve(back, sentence);
    if (speaker.claimantId === UNATTRIBUTED_ID) return false;
    const reason = `the next sentence says "${sentence.text.slice(back.phrase.start, back.scope.end).trim()}": taken to be ${speaker.claimantId}'s`;
    const statedOn = statedOnFrom(speaker.when, this.reportDate);
    for (const candidate of this.candidates) {
      if (candidate.start < previous.start || candidate.start >= previous.end || candidate.claim.claimantId !== UNATTRIBUTED_ID) continue;
      const { claim } = candidate;
      const id = claim.kind === "figure" ? figureId(speaker.claimantId, claim.metric, statedOn.date) : controlId(speaker.claimantId, claim.place, claim.status, statedOn.date);
      candidate.claim = { ...claim, id, claimantId: speaker.claimantId, statedOn, ...(speaker.speaker ? { speaker: speaker.speaker } : {}), ...(speaker.relay ? { relay: speaker.relay } : {}) };
      candidate.reasons = [...candidate.reasons.filter((r) => !/^no attribution/.test(r)), reason];
    }
    this.section = { label: "Reported", speaker };
    return true;
  }

  read(sentence: Sentence) {
    const before = this.history.length;
    this.readSentence(sentence);
    // A sentence about a person that quotes no one: "he" in the next one is that person.
    this.personSubject = this.history.length === before ? (personOpening(sentence.text) ?? this.personSubject) : undefined;
    this.previousSentence = sentence;
  }

  /** The person a sentence opened with, when it named no speaker: "Vladimir Medinsky, a Russian negotiator in earlier peace talks". */
  private personSubject: string | undefined;

  private resolvePerson(mention: string, sentence: Sentence): Speaker {
    const at = sentence.text.length;
    const speaker = this.resolve({ mention, phrase: { start: at, end: at }, scope: { start: at, end: at } }, sentence);
    return { ...speaker, reasons: [...speaker.reasons, `"he" or "she" taken to be ${mention}, whom the sentence before was about`] };
  }

  private readSentence(sentence: Sentence) {
    if (this.readSection(sentence)) return;
    const cyrillic = isCyrillic(sentence.text);
    const read = cyrillic ? findAttributionsCyrillic(sentence.text) : undefined;
    if (read?.back && this.attributeParagraphBack(read.back, sentence)) return;
    const attributions = read ? read.attributions : findAttributions(sentence.text);
    if (attributions.length === 0 && !cyrillic) {
      // "Ukraine's General Staff denied that Russian troops had captured Avdiivka": the denier speaks; the denial stays in the words read.
      const denier = /^((?:The\s+)?\p{Lu}[^,;:“”"\d]{1,80}?)\s+(?:denied|denies|rejected|dismissed|refuted)\b/u.exec(sentence.text);
      // "Kyiv has repeatedly denied": the name without its auxiliaries and adverbs; "has not denied" is no denial.
      const mention = denier?.[1]?.replace(/(?:\s+(?:has|have|had|also|repeatedly|previously|again|strongly|flatly|quickly|firmly|swiftly|officially))+$/u, "");
      if (mention && !/\b(?:not|never|no)$/u.test(mention) && !/^(?:It|They|This|That|There|He|She)$/u.test(mention)) {
        attributions.push({ mention, phrase: { start: 0, end: 0 }, scope: { start: 0, end: sentence.text.length } });
      }
    }
    if (this.attributeBack(attributions, sentence)) return;
    // Someone else speaking ends what "X reported this" carried.
    if (this.section?.label === "Reported" && attributions.length > 0) this.section = undefined;
    const quoted = quotedSpans(sentence.text);
    const stretches: { span: Span; speaker: Speaker }[] = [];
    for (const attribution of attributions) stretches.push({ span: attribution.scope, speaker: this.resolve(attribution, sentence) });

    // What no attribution covers: the rest of a quotation ("…,” he said, “and 30 …”), a quotation
    // continued from the sentence before, or the report's own words.
    const covered = [...attributions.map((a) => a.phrase), ...attributions.map((a) => a.scope)].sort((a, b) => a.start - b.start);
    let from = 0;
    for (const span of [...covered, { start: sentence.text.length, end: sentence.text.length }]) {
      const rest = { start: from, end: span.start };
      if (/[\p{L}\d]/u.test(sentence.text.slice(rest.start, rest.end))) {
        const quotation = /^[\s,;:—–-]*[“"‘]/.test(sentence.text.slice(rest.start, rest.end));
        const attributed = stretches.slice(0, attributions.length).filter((s) => s.span.start < rest.start);
        const before = attributions.length === 0 ? this.last : attributed.at(-1)?.speaker;
        const continues = cyrillic ? CONTINUES_CYRILLIC : CONTINUES;
        // In Russian and Ukrainian reports a speaker's words run on without "he said" (a briefing retold
        // sentence by sentence); the newsroom's own words say so ("сообщалось", "ранее").
        const runsOn = cyrillic && !this.newsroomSpeaks && !NEWSROOM_CYRILLIC.test(sentence.text);
        const carried = attributions.length === 0 && this.last && this.last.claimantId !== UNATTRIBUTED_ID && (continues.test(sentence.text) || ESTIMATE.test(sentence.text) || runsOn) ? this.last : undefined;
        const section = attributions.length === 0 ? this.sectionSpeaker() : undefined;
        const speaker: Speaker =
          section && !carried
            ? { ...section, reasons: [...section.reasons, this.section?.label === "Reported" ? `no attribution of its own: taken to go on with what ${section.claimantId} reported` : `no attribution of its own: under "${this.section?.label}:", taken to be ${section.claimantId}'s`] }
            :
          quotation && before
            ? { ...before, reasons: [...before.reasons, `no attribution of its own: a quotation taken to continue ${before.claimantId}'s words`] }
            : carried
              ? { ...carried, reasons: [`no attribution of its own: taken to continue ${carried.claimantId}'s figures ("${(continues.exec(sentence.text) ?? ESTIMATE.exec(sentence.text))?.[0].trim() ?? "the report goes on with the last speaker's words"}")`] }
              : { claimantId: UNATTRIBUTED_ID, reasons: ["no attribution in the sentence: the report's own words or unnamed reports"] };
        stretches.push({ span: rest, speaker });
      }
      from = Math.max(from, span.end);
    }

    // "До этого сообщалось, что …": the newsroom speaks until someone is named again.
    if (cyrillic) this.newsroomSpeaks = attributions.length === 0 && (this.newsroomSpeaks || NEWSROOM_CYRILLIC.test(sentence.text));
    // In the sentence's order, so "there" and "the village" refer to the place named before them.
    for (const { span, speaker } of [...stretches].sort((a, b) => a.span.start - b.span.start)) {
      for (const clause of clauseSpans(sentence.text, span, quoted)) this.readClause(sentence, clause, speaker);
    }
  }

  private readClause(sentence: Sentence, clause: Span, speaker: Speaker) {
    if (isCyrillic(sentence.text)) {
      this.readClauseCyrillic(sentence, clause, speaker);
      return;
    }
    const text = sentence.text.slice(clause.start, clause.end);
    const mentions = findNumbers(text).filter((m) => !m.notFigure);
    const placed: PlacedFigure[] = [];
    mentions.forEach((mention, i) => {
      const placement = placeFigure(text, mention, mentions[i + 1]?.start ?? text.length);
      const absolute = (s: Span) => ({ start: sentence.start + clause.start + s.start, end: sentence.start + clause.start + s.end });
      if (!placement.placed) {
        // "put the figure at over 575,000", "the 7.1 million estimate", "the list stands at 95,300": the
        // same count as the figure just before, restated or updated.
        const previous = this.lastFigure;
        const near = previous !== undefined && sentence.start + clause.start - previous.at < RESTATED_WITHIN;
        const restates = /^(?:the number names nothing|no metric for "(?:estimates?|figures?|totals?|tolls?|counts?|tally)\b|no metric for "(?:over|in|during|since|for) the (?:past|last)\b|no metric for "(?:people|persons)" without)/.test(placement.reason);
        if (near && previous && REFERS_TO_FIGURE.test(sentence.text) && restates) {
          const end = mention.end + (/^\s+estimates?\b/.exec(text.slice(mention.end))?.[0].length ?? 0);
          placed.push(placedAs(mention, previous.metric, previous.subject, `counts what the figure before it counts (${previous.metric}): check`, end));
          return;
        }
        const at = sentence.start + clause.start + mention.start;
        // "It is followed by Poland (1,605,738), Germany (1,061,623) …": each country's count of what was counted before.
        const byName = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*\s*\($/u.test(text.slice(0, mention.start)) && /^\s*\)/.test(text.slice(mention.end));
        if (byName && previous && at - previous.at < RESTATED_WITHIN) {
          const reason = `a count in parentheses after a name, taken to count what the figure before it counts (${previous.metric}): check`;
          placed.push(placedAs(mention, previous.metric, `${previous.subject}, in the place named before it`, reason, mention.end + 1));
          this.lastFigure = { ...previous, at };
          return;
        }
        // "18 UAVs were destroyed in Bryansk Oblast, nine in Kursk Oblast and nine in Belgorod Oblast": the list goes on counting.
        const elliptical = /^\s+(?:in|over|near|at|on|from)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(mention.end)) && placed.length > 0 && /(?:,|\band)\s*$/.test(text.slice(placed.at(-1)?.placement.phraseEnd ?? 0, mention.start));
        if (elliptical && previous && at - previous.at < 200 && placement.reason === "the number names nothing it counts") {
          placed.push(placedAs(mention, previous.metric, previous.subject, `a list that goes on counting what the figure before it counts (${previous.metric}): check`));
          return;
        }
        // "The death toll … has risen to 22": a toll of the dead, with nothing before it to restate.
        if (!previous && placement.reason === "the number names nothing it counts" && /\bdeath toll\b/i.test(text.slice(0, mention.start))) {
          placed.push(placedAs(mention, "people-killed", "the dead (the death toll)", "a death toll: people killed"));
          return;
        }
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, placement.reason);
        return;
      }
      // "killed 100 soldiers in one day": the duration is the period of the figure before it.
      const period = placement.metric === "duration" && placed.length > 0 && /\b(?:in|within|over|during|for)\s*$/i.test(text.slice(0, mention.start));
      if (period) {
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, "the period of the figure before it, not a figure of its own");
        return;
      }
      // "In just seven days we have witnessed …", "after an absence of at least two weeks": a time frame, not a claim.
      // "two weeks ago", "over the course of three days", "repairs could take up to 18 months": when, or a forecast.
      const timeFrame =
        /\b(?:in (?:just|only)|after an? \w+ of|for|within|(?:over|in|during) the (?:past|last|preceding|previous)|over the course of|during|(?:could|would|will|may|might|to) take)\s*$/i.test(text.slice(0, mention.start)) ||
        // "Over two months, Ukraine has lost …": a time frame opening the clause.
        (text.slice(0, mention.start).trim() === "" && /^\s*,/.test(text.slice(placement.statedEnd))) ||
        /^\s*(?:ago|earlier|later|before|after|since|from now|to the day)\b/i.test(text.slice(placement.statedEnd));
      if (placement.metric === "duration" && timeFrame) {
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, "a time frame, not a figure of its own");
        return;
      }
      // "seven settlements were liberated" claims; "two other villages in Zaporizhzhia" describes.
      if (placement.metric === "settlements" && (!/\b(?:captured|liberated|retaken|retook|recaptured|taken|took|seized|de-occupied|occupied|lost|freed|regained|controls?|controlled)\b/i.test(text) || /^\s+other\b/.test(text.slice(mention.end)))) {
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, "settlements named in passing, not a count of places taken");
        return;
      }
      // "after entering several buildings", "repelling multiple attacks": a vague amount of things describes, it does not claim.
      if (mention.amount.qualifier === "vague" && /^(?:several|multiple|a few|numerous)$/.test(mention.amount.vagueTerm) && !PEOPLE_UNITS.has(METRIC_INFO[placement.metric].unit)) {
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, `"${mention.amount.vagueTerm}" ${placement.subject}: a description, not a figure anyone stands behind`);
        return;
      }
      placed.push({ mention, placement });
      if (placement.metric !== "distance" && placement.metric !== "duration" && placement.metric !== "share") this.lastFigure = { metric: placement.metric, subject: placement.subject, at: sentence.start + clause.start + mention.start };
    });
    const side = this.known.find((c) => c.id === speaker.claimantId)?.side;
    const speakerSide = side === "russia" ? "russian" : side === "ukraine" ? "ukrainian" : undefined;
    placed.forEach((figure, i) => {
      const quote = this.quoteSpan(text, placed, i);
      const extent = (CONTROL_EXTENT_METRICS as readonly string[]).includes(figure.placement.metric)
        ? extentControl(text, figure.mention.start, figure.placement.phraseEnd, speakerSide)
        : undefined;
      const { describesPlace } = figure.placement;
      const who: Speaker = describesPlace ? { claimantId: UNATTRIBUTED_ID, reasons: [] } : speaker;
      const reasons = [...who.reasons, ...figure.placement.reasons, ...this.listReasons(text, placed, i), ...(extent?.reasons ?? [])];
      if (describesPlace) {
        const credited = speaker.claimantId === UNATTRIBUTED_ID ? "" : ` (the sentence credits ${speaker.claimantId})`;
        reasons.push(`describes a place rather than claims anything: the report's own words${credited}`);
      }
      if (figure.mention.caveat) reasons.push(figure.mention.caveat);
      if (quote.end - quote.start > MAX_QUOTE) reasons.push(`the quote is longer than ${MAX_QUOTE} characters: cut it to the words that state the figure`);
      this.addFigure(sentence, clause.start, quote, figure, who, unique(reasons), extent?.control);
    });
    const controls = findControl(text, { ...(speakerSide ? { speakerSide } : {}), ...(this.lastPlace ? { lastPlace: this.lastPlace } : {}) });
    for (const control of controls) {
      this.addControl(sentence, clause, control, speaker);
      this.lastPlace = control.place;
    }
    // "As for the village of Ryzhivka, …": a later "the village" is Ryzhivka, though nothing was claimed here.
    const named = controls.length === 0 ? namedSettlements(text).at(-1) : undefined;
    if (named) this.lastPlace = named;
  }

  /** A clause in Russian or Ukrainian: the same claims, read by the rules in ./cyrillic. */
  private readClauseCyrillic(sentence: Sentence, clause: Span, speaker: Speaker) {
    const text = sentence.text.slice(clause.start, clause.end);
    const absolute = (s: Span) => ({ start: sentence.start + clause.start + s.start, end: sentence.start + clause.start + s.end });
    const mentions = findNumbersCyrillic(text).filter((m) => !m.notFigure);
    const placed: PlacedFigure[] = [];
    mentions.forEach((mention, i) => {
      const at = sentence.start + clause.start + mention.start;
      // "В их числе семь в …": the figure before, in this clause or within a few sentences, says what these count.
      const before = placed.at(-1)?.placement.metric ?? (this.lastFigure && at - this.lastFigure.at < RESTATED_WITHIN ? this.lastFigure.metric : undefined);
      const placement = placeFigureCyrillic(text, mention, mentions[i - 1]?.end ?? 0, mentions[i + 1]?.start ?? text.length, before);
      if (!placement.placed) {
        this.addUnplaced(absolute({ start: 0, end: text.length }), mention.stated, placement.reason);
        return;
      }
      placed.push({ mention, placement });
      if (placement.metric !== "share") this.lastFigure = { metric: placement.metric, subject: placement.subject, at };
    });
    const side = this.known.find((c) => c.id === speaker.claimantId)?.side;
    const speakerSide = side === "russia" ? "russian" : side === "ukraine" ? "ukrainian" : undefined;
    placed.forEach((figure, i) => {
      const quote = this.quoteSpan(text, placed, i);
      const reasons = [...speaker.reasons, ...figure.placement.reasons, ...this.listReasons(text, placed, i)];
      if (figure.mention.caveat) reasons.push(figure.mention.caveat);
      if (quote.end - quote.start > MAX_QUOTE) reasons.push(`the quote is longer than ${MAX_QUOTE} characters: cut it to the words that state the figure`);
      this.addFigure(sentence, clause.start, quote, figure, speaker, unique(reasons));
    });
    for (const control of findControlCyrillic(text, { ...(speakerSide ? { speakerSide } : {}), sentence: sentence.text, clauseStart: clause.start })) {
      if (control.claimedBy) {
        // The claim a denial answers ("заявления Кремля о захвате …"): its maker's, when the dataset knows them.
        const resolution = resolveMention(control.claimedBy, this.known, this.recent, this.who);
        if (resolution.kind !== "known") continue;
        this.addControl(sentence, clause, control, { claimantId: resolution.claimantId, reasons: resolution.reasons });
        continue;
      }
      this.addControl(sentence, clause, control, speaker);
      this.lastPlace = control.place;
    }
  }

  /**
   * The clause, or when it is long, the part of it that states this figure: from the figure before
   * (or the last break before this one) to the words it counts (or the last break before the next).
   */
  private quoteSpan(text: string, placed: readonly PlacedFigure[], i: number): Span {
    const figure = placed[i];
    if (figure?.placement.describesPlace) {
      // A description of a place stands between commas: "Izyum, about 120 kilometers southeast of Kharkiv".
      const comma = text.lastIndexOf(", ", figure.mention.start);
      const after = text.indexOf(",", figure.placement.phraseEnd);
      return trimSpan(text, { start: comma < 0 ? 0 : comma + 2, end: after < 0 ? text.length : after });
    }
    if (!figure || text.length <= MAX_QUOTE) return { start: 0, end: text.length };
    const previous = placed[i - 1];
    const next = placed[i + 1];
    const lastBreak = (from: number, to: number) => {
      let at: number | undefined;
      for (const br of text.slice(from, to).matchAll(BREAK)) at = from + br.index;
      return at;
    };
    const from = previous ? previous.placement.phraseEnd : 0;
    const start = lastBreak(from, figure.mention.start) ?? from;
    const { phraseEnd } = figure.placement;
    const comma = text.indexOf(",", phraseEnd);
    const stopAtComma = comma >= 0 ? comma : text.length;
    let end = stopAtComma;
    if (next && next.mention.start < stopAtComma) {
      // A figure that names no noun ("thousands are reported to have died") runs to the break before the next.
      end = phraseEnd > figure.mention.end ? phraseEnd : lastBreak(phraseEnd, next.mention.start) ?? phraseEnd;
    }
    return trimSpan(text, { start, end });
  }

  /** "more than 200 tanks, 860 vehicles": does the qualifier carry over? "objects, including 58 planes": a part of a whole. */
  private listReasons(text: string, placed: readonly PlacedFigure[], i: number): string[] {
    const reasons: string[] = [];
    const figure = placed[i];
    if (!figure) return reasons;
    let carried: PlacedFigure | undefined;
    let whole: PlacedFigure | undefined;
    for (let j = i; j > 0; j--) {
      const previous = placed[j - 1];
      const current = placed[j];
      if (!previous || !current) break;
      const gap = text.slice(previous.placement.phraseEnd, current.mention.start);
      if (!/^\s*(?:,\s*(?:including\s+)?|,?\s+(?:and|or)\s+|\s+including\s+)$/.test(gap)) break;
      if (/including/.test(gap)) whole = previous;
      if (previous.mention.amount.qualifier !== "exact") carried = carried ?? previous;
    }
    if (carried && figure.mention.amount.qualifier === "exact") {
      reasons.push(`"${carried.mention.stated}" stands before an earlier item of the list: the report does not say whether it applies to this figure`);
    }
    if (whole) reasons.push(`counted within "${whole.mention.stated} ${whole.placement.subject}" (the report says "including")`);
    return reasons;
  }

  private addFigure(sentence: Sentence, clauseStart: number, quote: Span, figure: PlacedFigure, speaker: Speaker, reasons: string[], control?: FigureControl) {
    const base = sentence.start + clauseStart;
    const { mention, placement } = figure;
    const stated = sentence.text.slice(clauseStart + mention.start, clauseStart + placement.statedEnd);
    const amount = claimAmount(mention.amount);
    const statedOn = statedOnFrom(speaker.when, this.reportDate);
    const claim: ClaimInput = {
      id: figureId(speaker.claimantId, placement.metric, statedOn.date),
      kind: "figure",
      claimantId: speaker.claimantId,
      ...(speaker.speaker ? { speaker: speaker.speaker } : {}),
      ...(speaker.relay ? { relay: speaker.relay } : {}),
      statedOn,
      subject: placement.subject,
      metric: placement.metric,
      stated,
      ...amount,
      ...(control ? { control } : {}),
      quote: this.text.slice(base + quote.start, base + quote.end),
      locator: { kind: "text", start: base + quote.start, end: base + quote.end },
    };
    this.candidates.push({ claim, start: base + quote.start, reasons });
  }

  private addControl(sentence: Sentence, clause: Span, control: ControlCandidate, speaker: Speaker) {
    const statedOn = statedOnFrom(speaker.when, this.reportDate);
    const start = sentence.start + clause.start;
    const end = sentence.start + clause.end;
    const claim: ClaimInput = {
      id: controlId(speaker.claimantId, control.place, control.status, statedOn.date),
      kind: "control",
      claimantId: speaker.claimantId,
      ...(speaker.speaker ? { speaker: speaker.speaker } : {}),
      ...(speaker.relay ? { relay: speaker.relay } : {}),
      statedOn,
      subject: control.placeDetail ?? control.place,
      place: control.place,
      ...(control.placeDetail ? { placeDetail: control.placeDetail } : {}),
      status: control.status,
      quote: this.text.slice(start, end),
      locator: { kind: "text", start, end },
    };
    const reasons = [...speaker.reasons, ...control.reasons, "a claim of control: check the place and the status"];
    if (end - start > MAX_QUOTE) reasons.push(`the quote is longer than ${MAX_QUOTE} characters: cut it to the words that state the claim`);
    this.candidates.push({ claim, start, reasons: unique(reasons) });
  }

  private addUnplaced(span: Span, stated: string, reason: string) {
    const quote = this.text.slice(span.start, span.end);
    this.unplaced.push({ stated, quote, locator: { kind: "text", start: span.start, end: span.end }, reason });
  }
}

/** A figure the clause states but whose noun is elsewhere: it counts `metric`, for the reason given. */
function placedAs(mention: NumberMention, metric: Metric, subject: string, reason: string, phraseEnd = mention.end): PlacedFigure {
  return { mention, placement: { placed: true, metric, subject, statedEnd: mention.end, phraseEnd, describesPlace: false, reasons: [reason] } };
}

/** Claim ids before uniqueIds numbers repeats: "russia-planes-2022-03-02", "russia-kherson-russian-control-2022-03-02". */
export function figureId(claimantId: string, metric: Metric, date: string): string {
  return `${claimantId}-${metric}-${date}`;
}

export function controlId(claimantId: string, place: string, status: ControlStatus, date: string): string {
  return `${claimantId}-${slugify(place)}-${status}-${date}`;
}

/** Words of a body's name, not a person's: "Russian Defence Ministry", "General Staff". */
const BODY_WORDS = /\b(?:Ministry|Defen[cs]e|Forces|Staff|Army|Council|Office|Service|Agency|Government|Command|Guard|Police|Committee|Commission|Mission|Kremlin|Pentagon|Department|Administration|Group|Brigade|Battalion|Regiment|Corps|Navy|Fleet|Union|Organization|Organisation|Nations|Republic|Region|Oblast)\b/;

/** "Vladimir Medinsky, a Russian negotiator in earlier peace talks, criticized …": a person's name (and role) opening a sentence. */
function personOpening(text: string): string | undefined {
  const match = /^((?:\p{Lu}[\p{Ll}’'.-]+\s+){1,2}\p{Lu}[\p{Ll}’'-]+)(?:,\s+((?:an?|the)\s+[^,;“”"]+?),)?\s+\p{Ll}/u.exec(text);
  if (!match?.[1] || BODY_WORDS.test(match[1]) || /^(?:The|A|An|In|On|At|But|And|As|After|This|That|Russian|Ukrainian|Russia|Ukraine)\b/.test(match[1])) return undefined;
  return match[2] ? `${match[1]}, ${match[2]}` : match[1];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Gives every claim an id used once: the second "russia-planes-2022-03-02" becomes "…-2". */
function uniqueIds(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, number>();
  return candidates.map((candidate) => {
    const count = (seen.get(candidate.claim.id) ?? 0) + 1;
    seen.set(candidate.claim.id, count);
    return count === 1 ? candidate : { ...candidate, claim: { ...candidate.claim, id: `${candidate.claim.id}-${count}` } };
  });
}

function defaultSourceId(publisher: string, date: string, dateline: string | undefined, file: string): string {
  const who = publisher === PUBLISHER_NOT_IDENTIFIED ? "report" : slugify(publisher);
  const place = dateline ? dateline.replace(/\([^)]*\)/, "") : file.replace(/\.[^.]+$/, "");
  return `${who}-${date}-${slugify(place)}`;
}

/** Extracts candidate claims from a report in the seeds' format (first line `date YYYY-MM-DD`). */
export function extractReport({ text, file, claimants, sourceId, whoIsWho = defaultWhoIsWho() }: ExtractInput): ExtractionFile {
  const head = readReportHead(text, file);
  const extractor = new Extractor(text, head.datePublished, whoIsWho.withBodies(claimants), whoIsWho);
  for (const sentence of splitSentences(text, head.bodyStart)) extractor.read(sentence);

  const candidates = uniqueIds([...extractor.candidates].sort((a, b) => a.start - b.start));
  const id = sourceId ?? defaultSourceId(head.publisher, head.datePublished, head.dateline, file);
  const source: ReportSource = {
    id,
    kind: "report",
    publisher: head.publisher,
    file,
    sha256: sha256(text),
    datePublished: head.datePublished,
    ...(head.dateline ? { dateline: head.dateline } : {}),
  };
  const sourceReasons = [
    ...(sourceId ? [] : ["the id was made from the dateline or the file name: give it one that says what the report is about (--source-id)"]),
    ...(head.publisher === PUBLISHER_NOT_IDENTIFIED ? ["the report names no publisher in a dateline: keep \"not identified\" unless its text names one"] : []),
  ];
  // A claimant proposed for an attribution that carried no claim is not worth a reviewer's time.
  const inDataset = new Set(claimants.map((c) => c.id));
  const proposed = [...whoIsWho.bodies.filter((c) => !inDataset.has(c.id)), ...extractor.newClaimants];
  const newClaimants = proposed.filter((c) => candidates.some(({ claim }) => claim.claimantId === c.id));
  const review: ReviewNote[] = [
    ...(sourceReasons.length > 0 ? [{ record: "source" as const, id, reasons: sourceReasons }] : []),
    ...newClaimants.map((c) => ({ record: "claimant" as const, id: c.id, reasons: [`a claimant data/claimants.json lacks: check name "${c.name}", kind "${c.kind}" and side "${c.side}"`] })),
    ...candidates.filter((c) => c.reasons.length > 0).map((c) => ({ record: "claim" as const, id: c.claim.id, reasons: c.reasons })),
  ];
  return { source, claims: candidates.map((c) => c.claim), newClaimants, review, unplaced: extractor.unplaced };
}
