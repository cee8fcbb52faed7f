import type {
  Category,
  HonorLevel,
  HonoreeKind,
  LocalizedText,
  Measure,
  Metric,
  ReportKind,
} from '../dataset/types.js';

/**
 * The curated notes on one report, from which the builder makes its facts and honour
 * rolls. Nothing here holds a number: every figure is read from a quote in the text.
 */
export interface ReportAnnotation {
  report: ReportMeta;
  /** Metrics that only this report uses; shared ones live in data/annotations/metrics.ts. */
  metrics?: Metric[];
  facts: FactAnnotation[];
  setAside: SetAsideAnnotation[];
  honorRolls: HonorRollAnnotation[];
}

/** What is known of a report besides its text. */
export interface ReportMeta {
  id: string;
  issuer: LocalizedText;
  region: string;
  title: string;
  titleEn: string;
  kind: ReportKind;
  /** File name under data/reports/. */
  file: string;
  /** The SHA-256 the file must still have; the build fails on any other. */
  sha256: string;
  publication?: string;
  period: PeriodAnnotation;
}

/** A period; each evidence quote must stand in the normalised text. */
export interface PeriodAnnotation {
  start: string;
  end: string;
  evidence: string[];
  note?: string;
}

/** One fact: a metric and the quote that states it. */
export interface FactAnnotation {
  metric: string;
  /** A clause of the normalised text that occurs exactly once and holds the figure. */
  quote: string;
  /** The figure as printed, when the quote holds more than one quantity (e.g. "3.5万名"). */
  figure?: string;
  /** Id suffix when the report states the same metric twice: `<report>.<metric>.<key>`. */
  key?: string;
  /** GB/T 2260 code of the region the figure is about; the report's region by default. */
  region?: string;
  /** The period the figure covers; the report's period by default. */
  period?: PeriodAnnotation;
  /** Rank among the report's headline figures, 1 first. */
  headline?: number;
  note?: LocalizedText;
  /** The card's label for this figure, when the metric's would not name the body or scope the quote names. */
  label?: LocalizedText;
  /**
   * Stock or flow, when it is not the metric's. Required when the quote's clause holds a word
   * that can mark either (目前, 截至, 已有, 现有, 当前): the builder will not guess.
   */
  measure?: Measure;
}

export const SET_ASIDE_REASONS = [
  'date',
  'ordinal',
  'rhetorical',
  'name',
  'identifier',
  'duration',
  'plan',
  'anecdote',
  'detail',
  'duplicate',
] as const;
/**
 * Why a quantity in the text is not a fact. `date` and `ordinal` are set aside by rule
 * when the parser says so; the rest are written in the annotations:
 * `rhetorical` (三场硬仗, 五大工程), `name` (G20峰会, 926工匠日), `identifier` (a phone number),
 * `duration` (a length of time, 五年来), `plan` (a target, not a result), `anecdote` (one
 * person's story), `detail` (a part of a fact stated elsewhere), `duplicate` (the same
 * figure stated again).
 */
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

/** Quantities that are not facts: every quantity inside the quote is set aside. */
export interface SetAsideAnnotation {
  quote: string;
  reason: SetAsideReason;
  note?: string;
}

/** An award list; each name and workplace must be found in the text, in order. */
export interface HonorRollAnnotation {
  /** Id suffix: the roll's id is `<report>.<key>`. */
  key: string;
  award: LocalizedText;
  level: HonorLevel;
  year?: number;
  issuer?: LocalizedText;
  /**
   * Where the entries are printed: a unique quote that holds them all (`within`), or the
   * text from one unique heading up to another (`from`, `to`: the end of the text when absent).
   */
  section: { within: string } | { from: string; to?: string };
  /** The heading the list is printed under (a unique quote), cited as the source of its count. */
  heading?: string;
  /** Entries in printed order; names are searched in order, and workplaces in order. */
  entries: HonorEntryAnnotation[];
  /** A category for the roll's count facts, when they are made. */
  category?: Category;
}

export interface HonorEntryAnnotation {
  kind: HonoreeKind;
  name: string;
  workplace?: string;
}
