/**
 * The data contract of union-viz: every type a dataset holds. The JSON Schema in
 * data/dataset.schema.json is generated from this file; nothing else defines the shape.
 */

/** Units a quantity is counted in, after the measure word is read. */
export const UNITS = [
  'yuan',
  'person',
  'person-time',
  'organisation',
  'household',
  'event',
  'percent',
  'piece',
  'case',
  'project',
  'unit',
  'copy',
  'volume',
  'facility',
  'batch',
  'time',
  'year',
  'item',
  'bus',
  'none',
] as const;
/**
 * A unit. `yuan` is money (values are in yuan, never 万元); `person` counts people (名, 人,
 * 位); `person-time` counts visits (人次); `organisation` (家); `household` (户); `event`
 * (场, 场次); `percent` (%); `piece` (件); `case` (起); `project` (项); `unit` (个, the
 * generic counter); `copy` (份); `volume` (册); `facility` (所); `batch` (批, 批次); `time` (次);
 * `year` (年, as a length of time); `item` (条); `bus` (辆); `none`: a bare number.
 */
export type Unit = (typeof UNITS)[number];

/** How exactly a figure is stated. */
export const APPROXIMATIONS = ['exact', 'over', 'nearly', 'about', 'range'] as const;
/**
 * `exact`: as printed. `over`: 余, 多, 以上, 超, 超过, 逾 (the true value is above `value`).
 * `nearly`: 近, 将近 (just below). `about`: 约, 左右. `range`: from `value` to `max`, as in 10%—18%.
 */
export type Approximation = (typeof APPROXIMATIONS)[number];

/** A number as a report states it. */
export interface Quantity {
  /** The value in base units: yuan, not 万元; 18 for 18%. */
  value: number;
  /** The upper end, for a range only. */
  max?: number;
  unit: Unit;
  approx: Approximation;
  /** The qualifier word as printed (余, 近, 超过 …), when there is one. */
  qualifier?: string;
  /** The figure as printed in the normalised text, e.g. "8000余万元". */
  text: string;
}

/** A quantity found in a text, with its offsets in that text. */
export interface LocatedQuantity extends Quantity {
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** An administrative region, identified by its GB/T 2260 code. */
export interface Region {
  /** Six-digit GB/T 2260 code, e.g. "330782". @pattern ^[0-9]{6}$ */
  code: string;
  /** Name in Chinese, e.g. "义乌市". */
  zh: string;
  /** Name in English, e.g. "Yiwu". */
  en: string;
  level: RegionLevel;
  /** Code of the region one level up; absent for the province. @pattern ^[0-9]{6}$ */
  parent?: string;
}

export const REPORT_KINDS = ['annual', 'five-year', 'plenary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A text in Chinese with its English rendering. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The time a report or a fact covers, with the words that support it. */
export interface Period {
  /** First year covered, e.g. "2018". @pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$ */
  start: string;
  /** Last year covered, e.g. "2023". @pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$ */
  end: string;
  /** Quotes from the report (normalised text) that support the period. */
  evidence: string[];
  /** How the period was inferred, when the evidence does not state it outright. */
  note?: string;
}

/** One of the source reports. */
export interface Report {
  /** Stable id, e.g. "jinhua-five-year". @pattern ^[a-z0-9]+(-[a-z0-9]+)*$ */
  id: string;
  /** The union that issued it. */
  issuer: LocalizedText;
  /** GB/T 2260 code of the issuer's region. */
  region: string;
  /** The headline as printed. */
  title: string;
  /** The title in English. */
  titleEn: string;
  kind: ReportKind;
  period: Period;
  /** Where the text was published, e.g. a newspaper, when known. */
  publication?: string;
  /** Path of the verbatim source file, relative to the repository root. */
  file: string;
  /** SHA-256 of the source file, lowercase hex. @pattern ^[0-9a-f]{64}$ */
  sha256: string;
}

export const CATEGORIES = [
  'covid',
  'rights',
  'legal',
  'skills',
  'honours',
  'organisation',
  'welfare',
  'culture',
  'economy',
  'reform',
  'outreach',
] as const;
/** What part of a union's work a metric measures. */
export type Category = (typeof CATEGORIES)[number];

export const MEASURES = ['flow', 'stock'] as const;
/**
 * How a figure relates to time. `flow`: counted over a span (members recruited, money paid,
 * contests held in the period), shown with the span ("2018—2023年"). `stock`: what stands at a
 * point in time (members, unions, libraries at the time of the report), and also a running
 * total whose start the report does not state (截至目前…已有); shown at the end of its period
 * ("截至2023年", "as of 2023"), never as the period's flow.
 */
export type Measure = (typeof MEASURES)[number];

/**
 * The noun a metric counts, so that a figure reads "401 libraries", not "401 organisations".
 * `zh` is the measure word used when the printed figure has none (a count made from a list);
 * the printed measure word always wins. Only what differs from the defaults is written.
 */
export interface CountNoun {
  /**
   * The zh measure word, e.g. "场" for a unit of `event`. Absent: the unit's usual word (家 for
   * organisations, 个 for units, 场次 for events; see usualMeasureWord in src/format/units.ts).
   */
  zh?: string;
  /** The en noun for exactly one, e.g. "library". */
  one: string;
  /** The en noun for any other count, e.g. "libraries". Absent: `one` with an "s" ("teams"). */
  other?: string;
}

/** What is counted: a definition shared by every fact that reports it. */
export interface Metric {
  /** Stable id, e.g. "rest-recuperation.participants". @pattern ^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$ */
  id: string;
  /** Label in Chinese, as a report would word it. */
  zh: string;
  /** Label in English. */
  en: string;
  unit: Unit;
  /**
   * The metric's category. Absent: the first segment of its id ("legal" for
   * "legal.cases-handled"; see metricCategory in src/dataset/wording.ts).
   */
  category?: Category;
  /** Whether values from different regions can be set side by side (same definition, 口径). Absent: false. */
  comparable?: boolean;
  /** Notes on the definition (口径), in both languages. */
  notes?: LocalizedText;
  /** Stock or flow; absent: `flow`. A fact may say otherwise for itself. */
  measure?: Measure;
  /**
   * For an honour or a rating conferred at a level: the level of the body that confers it.
   * Absent: the id's last segment where that is a level ("prefecture" in
   * "honours.craftsmen.prefecture"; see metricLevel in src/dataset/wording.ts).
   */
  level?: HonorLevel;
  /**
   * For a metric that one family counts at several levels: the family, the same at every
   * level, e.g. "model-workers" for 全国/省/市/县劳动模范. Absent, for a metric whose id ends in
   * its level: the id's middle segment (see metricFamily). @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  family?: string;
  /** The family's name, the same at every level ("劳动模范" / "Model workers"): a chart of the family is titled with it. */
  familyName?: LocalizedText;
  /** The noun counted; absent: the unit's own noun ("organisations", "person-times"). */
  noun?: CountNoun;
}

/** Where a figure or a name stands in a report: offsets in the normalised text. */
export interface SourceSpan {
  /** Offset of the first character in the normalised text. */
  start: number;
  /** Offset after the last character in the normalised text. */
  end: number;
}

/** Where a text written in the dataset (a name, a workplace) starts in the normalised text of its report. */
export interface TextStart {
  /** Offset of the first character in the normalised text. */
  start: number;
}

/** The sentence a fact comes from. */
export interface FactSource {
  /**
   * Offset of the quote's first character in the normalised text. It ends `quote.length`
   * later (see quoteSpan in src/dataset/spans.ts).
   */
  start: number;
  /** The quote (normalised text). */
  quote: string;
  /**
   * Where the figure starts inside the quote. It is the quantity's `text` as printed, so it
   * ends `quantity.text.length` later (see figureSpan in src/dataset/spans.ts).
   */
  figureStart: number;
}

/** One figure from one report, with its source. */
export interface Fact {
  /** Stable id: "<report>.<metric>", with a suffix when a report states a metric more than once. */
  id: string;
  report: string;
  /** GB/T 2260 code of the region the figure is about. */
  region: string;
  metric: string;
  quantity: Quantity;
  /** The period the figure covers, when it is not the report's (absent: the report's period). */
  period?: Period;
  source: FactSource;
  /** Position among the report's headline figures (1 first); absent for the rest. @minimum 1 */
  headline?: number;
  /** What the figure counts, when it narrows the metric (e.g. "2019年以来"). */
  note?: LocalizedText;
  /**
   * The label a card shows for this figure, when the metric's would mislead here: it names the
   * body or the scope the quote names (金华市级劳动模范 in a county's report). Absent: the metric's.
   */
  label?: LocalizedText;
  /** Stock or flow, when it is not the metric's (absent: the metric's `measure`, else `flow`). */
  measure?: Measure;
}

export const HONOR_LEVELS = ['national', 'provincial', 'prefecture', 'county'] as const;
/** The level of the body that confers an honour: 全国, 省, 市 (prefecture), 县/县级市. */
export type HonorLevel = (typeof HONOR_LEVELS)[number];

export const HONOREE_KINDS = ['person', 'organisation', 'project'] as const;
/**
 * What an entry names. `person`: a worker (with the workplace when printed). `organisation`:
 * a union, firm, team or place. `project`: a piece of work that is awarded, not who did it:
 * a platform, a case, a programme, a pilot or an entry in a contest (its workplace, when
 * printed, is the body that ran it).
 */
export type HonoreeKind = (typeof HONOREE_KINDS)[number];

/**
 * The text an entry is printed in, its line or sentence, as written: only what cannot be
 * derived. The name ends `name.length` after `nameStart`; the line
 * starts at `nameSource.start - nameStart` in the normalised text and ends `quote.length`
 * later (see entryLine in src/dataset/spans.ts).
 */
export interface PrintedLine {
  /** The line or sentence (normalised text). */
  quote: string;
  /** Where the name starts inside the quote. */
  nameStart: number;
}

/** One person, organisation or project on an honour roll. */
export interface HonorEntry {
  kind: HonoreeKind;
  /** The name as printed. */
  name: string;
  /** The person's or team's workplace, as printed, when the report gives it. */
  workplace?: string;
  /** Where the name starts in the report; it ends `name.length` later (see entryLine). */
  nameSource: TextStart;
  /**
   * The line or sentence the name is printed in, as the source popover quotes it. Absent
   * when that line is the name alone (a printed list): the quote is the name, from 0.
   */
  line?: PrintedLine;
  /** Where the workplace starts in the report; it ends `workplace.length` later. */
  workplaceSource?: TextStart;
}

/** An award list: one award, at one level, in one year, from one report. */
export interface HonorRoll {
  /** Stable id, e.g. "yiwu-2018-plenary.most-beautiful-worker". */
  id: string;
  report: string;
  award: LocalizedText;
  level: HonorLevel;
  /** The year of the award, when the report gives or implies it. @minimum 1949 */
  year?: number;
  /** The body that confers it, when the report names it. */
  issuer?: LocalizedText;
  /**
   * The heading the report prints the list under, located like a fact's quote: the source a
   * count of the list is cited to. Absent when the list has no heading of its own.
   */
  heading?: RollHeading;
  entries: HonorEntry[];
}

/** A list's heading in the report: its words and where they stand in the normalised text. */
export interface RollHeading {
  /**
   * Offset of the heading's first character in the normalised text. It ends `quote.length`
   * later (see quoteSpan in src/dataset/spans.ts).
   */
  start: number;
  /** The heading as printed (normalised text). */
  quote: string;
}

/** A whole dataset: what data/dataset.json holds, and what a user's `src` must hold. */
export interface Dataset {
  /** Version of this contract. @pattern ^[0-9]+\.[0-9]+\.[0-9]+$ */
  schemaVersion: string;
  regions: Region[];
  reports: Report[];
  metrics: Metric[];
  facts: Fact[];
  honorRolls: HonorRoll[];
}
