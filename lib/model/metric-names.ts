import type { Locale, TranslatedLocale } from "../i18n/locales";
import { METRIC_INFO, type Metric, type Qualifier } from "./claims";
import { formAfter } from "../chart/readout";
import { formsOfUnit, type UnitForms } from "./unit-forms";

/** A metric's label and unit in one language, as METRIC_INFO gives them in English. */
export interface MetricInfo {
  label: string;
  /**
   * The unit as a heading, with no number: a column's or the CSV's unit. In Ukrainian and Russian it
   * is the genitive plural ("танків", "танков"), also the "many" form after a count ("470 танків");
   * a number followed by its unit takes the form that agrees with it from unitFor / unitAfter.
   */
  unit: string;
}

/** Every metric's label and unit in Ukrainian and Russian, in the terms the claimants use (the General Staff's tally; the Russian ministry's briefings). */
export const METRIC_INFO_TRANSLATED: Record<TranslatedLocale, Record<Metric, MetricInfo>> = {
  uk: {
    "military-objects": { label: "Військові об’єкти", unit: "об’єктів" },
    tanks: { label: "Танки", unit: "танків" },
    "tanks-and-armoured-vehicles": { label: "Танки та броньовані машини", unit: "машин" },
    "other-military-vehicles": { label: "Інші військові машини", unit: "машин" },
    planes: { label: "Літаки", unit: "літаків" },
    helicopters: { label: "Гелікоптери", unit: "гелікоптерів" },
    "soldiers-killed": { label: "Загиблі військові", unit: "військових" },
    "civilians-killed": { label: "Загиблі цивільні", unit: "цивільних" },
    "people-killed": { label: "Загиблі люди", unit: "людей" },
    "killed-or-injured": { label: "Загиблі або поранені", unit: "людей" },
    "emergency-responders-killed": { label: "Загиблі рятувальники", unit: "людей" },
    "structures-destroyed": { label: "Зруйновані будівлі й споруди", unit: "споруд" },
    "fires-extinguished": { label: "Загашені пожежі", unit: "пожеж" },
    "people-rescued": { label: "Люди, виведені в безпечне місце", unit: "людей" },
    "people-fled": { label: "Люди, які втекли з країни", unit: "людей" },
    population: { label: "Населення", unit: "людей" },
    distance: { label: "Відстань", unit: "км" },
    duration: { label: "Тривалість", unit: "днів" },
    "personnel-losses": { label: "Втрати особового складу", unit: "військових" },
    "soldiers-wounded": { label: "Поранені військові", unit: "військових" },
    "soldiers-captured": { label: "Військові, взяті в полон", unit: "військових" },
    "prisoners-of-war": { label: "Військовополонені", unit: "полонених" },
    "children-killed": { label: "Загиблі діти", unit: "дітей" },
    "people-injured": { label: "Поранені люди", unit: "людей" },
    "people-hospitalized": { label: "Люди в лікарні", unit: "людей" },
    "people-missing": { label: "Зниклі безвісти", unit: "людей" },
    "people-displaced": { label: "Внутрішньо переміщені особи", unit: "людей" },
    "people-returned": { label: "Люди, які повернулися додому", unit: "людей" },
    "armoured-combat-vehicles": { label: "Бойові броньовані машини", unit: "бойових броньованих машин" },
    "artillery-systems": { label: "Артилерійські системи", unit: "систем" },
    "multiple-rocket-launchers": { label: "Реактивні системи залпового вогню", unit: "установок" },
    "air-defence-systems": { label: "Засоби протиповітряної оборони", unit: "систем" },
    aircraft: { label: "Літаки", unit: "літаків" },
    drones: { label: "Дрони (безпілотні літальні апарати)", unit: "дронів" },
    missiles: { label: "Ракети", unit: "ракет" },
    "ships-and-boats": { label: "Кораблі та катери", unit: "кораблів" },
    "special-equipment": { label: "Спеціальна техніка", unit: "одиниць" },
    "weapons-and-equipment": { label: "Озброєння та військова техніка, усіх видів", unit: "одиниць" },
    "cases-documented": { label: "Задокументовані випадки (того, що названо в цитаті)", unit: "випадків" },
    "combat-engagements": { label: "Бойові зіткнення", unit: "зіткнень" },
    settlements: { label: "Населені пункти (захоплені чи повернуті, як сказано в цитаті)", unit: "населених пунктів" },
    "military-vehicles": { label: "Військові машини", unit: "машин" },
    "fuel-tanks": { label: "Автоцистерни", unit: "автоцистерн" },
    strikes: { label: "Удари та атаки", unit: "ударів" },
    share: { label: "Частка", unit: "%" },
    territory: { label: "Територія", unit: "км²" },
    "vehicles-and-fuel-tanks": { label: "Автомобільна техніка та автоцистерни", unit: "машин" },
    "cruise-missiles": { label: "Крилаті ракети", unit: "ракет" },
    submarines: { label: "Підводні човни", unit: "підводних човнів" },
    "mobile-srbm-systems": { label: "Мобільні балістичні ракетні комплекси малої дальності", unit: "комплексів" },
    "ground-robotic-systems": { label: "Наземні робототехнічні комплекси", unit: "комплексів" },
    "oryx-aircraft": { label: "Oryx: літаки", unit: "літаків" },
    "oryx-all-types": { label: "Oryx: усі типи", unit: "одиниць усіх типів" },
    "oryx-anti-aircraft-guns": { label: "Oryx: зенітні гармати", unit: "зенітних гармат" },
    "oryx-anti-tank-guided-missiles": { label: "Oryx: протитанкові керовані ракети", unit: "протитанкових керованих ракет" },
    "oryx-armoured-fighting-vehicles": { label: "Oryx: бойові броньовані машини", unit: "бойових броньованих машин" },
    "oryx-armoured-personnel-carriers": { label: "Oryx: бронетранспортери", unit: "бронетранспортерів" },
    "oryx-artillery-support-vehicles-and-equipment": { label: "Oryx: машини та обладнання артилерійського забезпечення", unit: "машин та одиниць обладнання артилерійського забезпечення" },
    "oryx-command-posts-and-communications-stations": { label: "Oryx: командні пункти та станції зв’язку", unit: "командних пунктів та станцій зв’язку" },
    "oryx-communications-stations": { label: "Oryx: станції зв’язку", unit: "станцій зв’язку" },
    "oryx-engineering-vehicles": { label: "Oryx: інженерні машини", unit: "інженерних машин" },
    "oryx-engineering-vehicles-and-equipment": { label: "Oryx: інженерні машини та обладнання", unit: "інженерних машин та одиниць обладнання" },
    "oryx-heavy-mortars": { label: "Oryx: важкі міномети", unit: "важких мінометів" },
    "oryx-helicopters": { label: "Oryx: гелікоптери", unit: "гелікоптерів" },
    "oryx-infantry-fighting-vehicles": { label: "Oryx: бойові машини піхоти", unit: "бойових машин піхоти" },
    "oryx-infantry-mobility-vehicles": { label: "Oryx: броньовані машини для перевезення піхоти", unit: "броньованих машин для перевезення піхоти" },
    "oryx-jammers-and-deception-systems": { label: "Oryx: засоби РЕБ і системи введення в оману", unit: "засобів РЕБ і систем введення в оману" },
    "oryx-logistics-trains": { label: "Oryx: потяги постачання", unit: "потягів постачання" },
    "oryx-man-portable-air-defence-systems": { label: "Oryx: переносні зенітні ракетні комплекси", unit: "переносних зенітних ракетних комплексів" },
    "oryx-mine-resistant-ambush-protected": { label: "Oryx: машини із захистом від мін і засідок (MRAP)", unit: "машин із захистом від мін і засідок (MRAP)" },
    "oryx-multiple-rocket-launchers": { label: "Oryx: реактивні системи залпового вогню", unit: "реактивних систем залпового вогню" },
    "oryx-naval-ships": { label: "Oryx: військові кораблі", unit: "військових кораблів" },
    "oryx-naval-ships-and-submarines": { label: "Oryx: військові кораблі та підводні човни", unit: "військових кораблів та підводних човнів" },
    "oryx-radars": { label: "Oryx: радари", unit: "радарів" },
    "oryx-radars-and-communications-equipment": { label: "Oryx: радари та обладнання зв’язку", unit: "радарів та одиниць обладнання зв’язку" },
    "oryx-reconnaissance-unmanned-aerial-vehicles": { label: "Oryx: розвідувальні безпілотні літальні апарати", unit: "розвідувальних безпілотних літальних апаратів" },
    "oryx-rocket-and-missile-artillery": { label: "Oryx: реактивна та ракетна артилерія", unit: "систем реактивної та ракетної артилерії" },
    "oryx-self-propelled-anti-aircraft-guns": { label: "Oryx: самохідні зенітні гармати", unit: "самохідних зенітних гармат" },
    "oryx-self-propelled-anti-tank-missile-systems": { label: "Oryx: самохідні протитанкові ракетні комплекси", unit: "самохідних протитанкових ракетних комплексів" },
    "oryx-self-propelled-artillery": { label: "Oryx: самохідна артилерія", unit: "одиниць самохідної артилерії" },
    "oryx-surface-to-air-missile-systems": { label: "Oryx: зенітні ракетні комплекси", unit: "зенітних ракетних комплексів" },
    "oryx-tanks": { label: "Oryx: танки", unit: "танків" },
    "oryx-towed-artillery": { label: "Oryx: буксирувана артилерія", unit: "одиниць буксированої артилерії" },
    "oryx-trucks-vehicles-and-jeeps": { label: "Oryx: вантажівки, автомобілі та джипи", unit: "вантажівок, автомобілів та джипів" },
    "oryx-trucks-vehicles-jeeps-and-trains": { label: "Oryx: вантажівки, автомобілі, джипи та потяги", unit: "вантажівок, автомобілів, джипів та потягів" },
    "oryx-unmanned-aerial-vehicles": { label: "Oryx: безпілотні літальні апарати", unit: "безпілотних літальних апаратів" },
    "oryx-unmanned-combat-aerial-vehicles": { label: "Oryx: ударні безпілотні літальні апарати", unit: "ударних безпілотних літальних апаратів" },
    "oryx-unmanned-ground-vehicles": { label: "Oryx: наземні безпілотні машини", unit: "наземних безпілотних машин" },
    "tanks-and-other-armoured-combat-vehicles": { label: "Танки та інші бойові броньовані машини", unit: "машин" },
    "planes-on-the-ground": { label: "Літаки на землі", unit: "літаків" },
    "field-artillery-and-mortars": { label: "Гармати польової артилерії та міномети", unit: "гармат і мінометів" },
    "artillery-and-multiple-rocket-launchers": { label: "Артилерія та реактивні системи залпового вогню разом", unit: "систем" },
    "special-military-vehicles": { label: "Спеціальна військова автомобільна техніка", unit: "машин" },
    "soldiers-killed-and-wounded": { label: "Загиблі та поранені військові (втрати)", unit: "військових" },
  },
  ru: {
    "military-objects": { label: "Военные объекты", unit: "объектов" },
    tanks: { label: "Танки", unit: "танков" },
    "tanks-and-armoured-vehicles": { label: "Танки и бронированные машины", unit: "машин" },
    "other-military-vehicles": { label: "Другие военные машины", unit: "машин" },
    planes: { label: "Самолеты", unit: "самолетов" },
    helicopters: { label: "Вертолеты", unit: "вертолетов" },
    "soldiers-killed": { label: "Погибшие военные", unit: "военных" },
    "civilians-killed": { label: "Погибшие мирные жители", unit: "мирных жителей" },
    "people-killed": { label: "Погибшие люди", unit: "человек" },
    "killed-or-injured": { label: "Погибшие или раненые", unit: "человек" },
    "emergency-responders-killed": { label: "Погибшие спасатели", unit: "человек" },
    "structures-destroyed": { label: "Разрушенные здания и сооружения", unit: "сооружений" },
    "fires-extinguished": { label: "Потушенные пожары", unit: "пожаров" },
    "people-rescued": { label: "Люди, выведенные в безопасное место", unit: "человек" },
    "people-fled": { label: "Люди, бежавшие из страны", unit: "человек" },
    population: { label: "Население", unit: "человек" },
    distance: { label: "Расстояние", unit: "км" },
    duration: { label: "Продолжительность", unit: "дней" },
    "personnel-losses": { label: "Потери личного состава", unit: "военных" },
    "soldiers-wounded": { label: "Раненые военные", unit: "военных" },
    "soldiers-captured": { label: "Военные, взятые в плен", unit: "военных" },
    "prisoners-of-war": { label: "Военнопленные", unit: "пленных" },
    "children-killed": { label: "Погибшие дети", unit: "детей" },
    "people-injured": { label: "Раненые люди", unit: "человек" },
    "people-hospitalized": { label: "Люди в больнице", unit: "человек" },
    "people-missing": { label: "Пропавшие без вести", unit: "человек" },
    "people-displaced": { label: "Внутренне перемещенные лица", unit: "человек" },
    "people-returned": { label: "Люди, вернувшиеся домой", unit: "человек" },
    "armoured-combat-vehicles": { label: "Боевые бронированные машины", unit: "боевых бронированных машин" },
    "artillery-systems": { label: "Артиллерийские системы", unit: "систем" },
    "multiple-rocket-launchers": { label: "Реактивные системы залпового огня", unit: "установок" },
    "air-defence-systems": { label: "Средства противовоздушной обороны", unit: "систем" },
    aircraft: { label: "Самолеты", unit: "самолетов" },
    drones: { label: "Дроны (беспилотные летательные аппараты)", unit: "дронов" },
    missiles: { label: "Ракеты", unit: "ракет" },
    "ships-and-boats": { label: "Корабли и катера", unit: "кораблей" },
    "special-equipment": { label: "Специальная техника", unit: "единиц" },
    "weapons-and-equipment": { label: "Вооружение и военная техника, всех видов", unit: "единиц" },
    "cases-documented": { label: "Задокументированные случаи (того, что названо в цитате)", unit: "случаев" },
    "combat-engagements": { label: "Боевые столкновения", unit: "столкновений" },
    settlements: { label: "Населенные пункты (захваченные или возвращенные, как сказано в цитате)", unit: "населенных пунктов" },
    "military-vehicles": { label: "Военные машины", unit: "машин" },
    "fuel-tanks": { label: "Автоцистерны", unit: "автоцистерн" },
    strikes: { label: "Удары и атаки", unit: "ударов" },
    share: { label: "Доля", unit: "%" },
    territory: { label: "Территория", unit: "км²" },
    "vehicles-and-fuel-tanks": { label: "Автомобильная техника и автоцистерны", unit: "машин" },
    "cruise-missiles": { label: "Крылатые ракеты", unit: "ракет" },
    submarines: { label: "Подводные лодки", unit: "подводных лодок" },
    "mobile-srbm-systems": { label: "Мобильные баллистические ракетные комплексы малой дальности", unit: "комплексов" },
    "ground-robotic-systems": { label: "Наземные робототехнические комплексы", unit: "комплексов" },
    "oryx-aircraft": { label: "Oryx: самолеты", unit: "самолетов" },
    "oryx-all-types": { label: "Oryx: все типы", unit: "единиц всех типов" },
    "oryx-anti-aircraft-guns": { label: "Oryx: зенитные орудия", unit: "зенитных орудий" },
    "oryx-anti-tank-guided-missiles": { label: "Oryx: противотанковые управляемые ракеты", unit: "противотанковых управляемых ракет" },
    "oryx-armoured-fighting-vehicles": { label: "Oryx: боевые бронированные машины", unit: "боевых бронированных машин" },
    "oryx-armoured-personnel-carriers": { label: "Oryx: бронетранспортеры", unit: "бронетранспортеров" },
    "oryx-artillery-support-vehicles-and-equipment": { label: "Oryx: машины и оборудование артиллерийского обеспечения", unit: "машин и единиц оборудования артиллерийского обеспечения" },
    "oryx-command-posts-and-communications-stations": { label: "Oryx: командные пункты и станции связи", unit: "командных пунктов и станций связи" },
    "oryx-communications-stations": { label: "Oryx: станции связи", unit: "станций связи" },
    "oryx-engineering-vehicles": { label: "Oryx: инженерные машины", unit: "инженерных машин" },
    "oryx-engineering-vehicles-and-equipment": { label: "Oryx: инженерные машины и оборудование", unit: "инженерных машин и единиц оборудования" },
    "oryx-heavy-mortars": { label: "Oryx: тяжелые минометы", unit: "тяжелых минометов" },
    "oryx-helicopters": { label: "Oryx: вертолеты", unit: "вертолетов" },
    "oryx-infantry-fighting-vehicles": { label: "Oryx: боевые машины пехоты", unit: "боевых машин пехоты" },
    "oryx-infantry-mobility-vehicles": { label: "Oryx: бронированные машины для перевозки пехоты", unit: "бронированных машин для перевозки пехоты" },
    "oryx-jammers-and-deception-systems": { label: "Oryx: средства РЭБ и системы введения в заблуждение", unit: "средств РЭБ и систем введения в заблуждение" },
    "oryx-logistics-trains": { label: "Oryx: поезда снабжения", unit: "поездов снабжения" },
    "oryx-man-portable-air-defence-systems": { label: "Oryx: переносные зенитные ракетные комплексы", unit: "переносных зенитных ракетных комплексов" },
    "oryx-mine-resistant-ambush-protected": { label: "Oryx: машины с защитой от мин и засад (MRAP)", unit: "машин с защитой от мин и засад (MRAP)" },
    "oryx-multiple-rocket-launchers": { label: "Oryx: реактивные системы залпового огня", unit: "реактивных систем залпового огня" },
    "oryx-naval-ships": { label: "Oryx: военные корабли", unit: "военных кораблей" },
    "oryx-naval-ships-and-submarines": { label: "Oryx: военные корабли и подводные лодки", unit: "военных кораблей и подводных лодок" },
    "oryx-radars": { label: "Oryx: радары", unit: "радаров" },
    "oryx-radars-and-communications-equipment": { label: "Oryx: радары и оборудование связи", unit: "радаров и единиц оборудования связи" },
    "oryx-reconnaissance-unmanned-aerial-vehicles": { label: "Oryx: разведывательные беспилотные летательные аппараты", unit: "разведывательных беспилотных летательных аппаратов" },
    "oryx-rocket-and-missile-artillery": { label: "Oryx: реактивная и ракетная артиллерия", unit: "систем реактивной и ракетной артиллерии" },
    "oryx-self-propelled-anti-aircraft-guns": { label: "Oryx: самоходные зенитные установки", unit: "самоходных зенитных установок" },
    "oryx-self-propelled-anti-tank-missile-systems": { label: "Oryx: самоходные противотанковые ракетные комплексы", unit: "самоходных противотанковых ракетных комплексов" },
    "oryx-self-propelled-artillery": { label: "Oryx: самоходная артиллерия", unit: "единиц самоходной артиллерии" },
    "oryx-surface-to-air-missile-systems": { label: "Oryx: зенитные ракетные комплексы", unit: "зенитных ракетных комплексов" },
    "oryx-tanks": { label: "Oryx: танки", unit: "танков" },
    "oryx-towed-artillery": { label: "Oryx: буксируемая артиллерия", unit: "единиц буксируемой артиллерии" },
    "oryx-trucks-vehicles-and-jeeps": { label: "Oryx: грузовики, автомобили и джипы", unit: "грузовиков, автомобилей и джипов" },
    "oryx-trucks-vehicles-jeeps-and-trains": { label: "Oryx: грузовики, автомобили, джипы и поезда", unit: "грузовиков, автомобилей, джипов и поездов" },
    "oryx-unmanned-aerial-vehicles": { label: "Oryx: беспилотные летательные аппараты", unit: "беспилотных летательных аппаратов" },
    "oryx-unmanned-combat-aerial-vehicles": { label: "Oryx: ударные беспилотные летательные аппараты", unit: "ударных беспилотных летательных аппаратов" },
    "oryx-unmanned-ground-vehicles": { label: "Oryx: наземные беспилотные машины", unit: "наземных беспилотных машин" },
    "tanks-and-other-armoured-combat-vehicles": { label: "Танки и другие боевые бронированные машины", unit: "машин" },
    "planes-on-the-ground": { label: "Самолеты на земле", unit: "самолетов" },
    "field-artillery-and-mortars": { label: "Орудия полевой артиллерии и минометы", unit: "орудий и минометов" },
    "artillery-and-multiple-rocket-launchers": { label: "Артиллерия и реактивные системы залпового огня вместе", unit: "систем" },
    "special-military-vehicles": { label: "Специальная военная автомобильная техника", unit: "машин" },
    "soldiers-killed-and-wounded": { label: "Погибшие и раненые военные (потери)", unit: "военных" },
  },
};

/** A metric's label and unit in one language; for "en", METRIC_INFO's. */
export function metricInfo(metric: Metric, locale: Locale): MetricInfo {
  return locale === "en" ? METRIC_INFO[metric] : METRIC_INFO_TRANSLATED[locale][metric];
}

/** A metric's label in one language: "Tanks", "Танки". */
export function metricName(metric: Metric, locale: Locale): string {
  return metricInfo(metric, locale).label;
}

/** A metric's unit in every form its language needs after a number (lib/model/unit-forms.ts). */
export function unitForms(metric: Metric, locale: Locale): UnitForms {
  const { unit } = metricInfo(metric, locale);
  return formsOfUnit(unit, locale) ?? { other: unit };
}

/** A metric's unit as it agrees with `value` in a language: 1 tank, 21 танк, 22 танки, 25 танків, 2,5 танка. */
export function unitFor(metric: Metric, value: number, locale: Locale): string {
  const forms = unitForms(metric, locale);
  return formAfter(forms, value, locale) ?? forms.other ?? metricInfo(metric, locale).unit;
}

/**
 * The qualifier words (lib/i18n/messages/<locale>/chart.json, "long") that put the number and its
 * unit in the genitive: ru "более 21 танка", "около 22 танков", "от 10 до 21 танка"; uk "близько 21
 * танка", "до 22 танків". Ukrainian "понад" and "щонайменше" leave the case as after a bare number
 * ("понад 21 танк", "понад 22 танки").
 */
const GENITIVE_AFTER: Record<Locale, ReadonlySet<Qualifier>> = {
  en: new Set(),
  uk: new Set(["about", "up-to", "range"]),
  ru: new Set(["more-than", "at-least", "about", "up-to", "range"]),
};

/** Which qualifiers' words govern the genitive in a language, by name: the browser's readout gets these. */
export function genitiveQualifiers(locale: Locale): readonly Qualifier[] {
  return [...GENITIVE_AFTER[locale]];
}

/**
 * A metric's unit after a figure in words (longLabel's "more than 470", "від 10 до 21"): it agrees
 * with the number said last (a range's high end) in the case the qualifier's words govern. After a
 * vague term ("several") the heading form stands.
 */
export function unitAfter(metric: Metric, figure: { qualifier: Qualifier; value?: number; valueHigh?: number }, locale: Locale): string {
  const { unit } = metricInfo(metric, locale);
  const value = figure.qualifier === "range" ? figure.valueHigh : figure.value;
  if (figure.qualifier === "vague" || value === undefined) return unit;
  if (!GENITIVE_AFTER[locale].has(figure.qualifier)) return unitFor(metric, value, locale);
  return formAfter(unitForms(metric, locale), value, locale, true) ?? unit;
}
