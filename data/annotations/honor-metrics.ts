import type { CountNoun, HonorLevel, LocalizedText, Metric, Unit } from '../../src/dataset/types.js';
import { noun } from './local-metric.js';

interface HonorKind {
  /** The family: the same at every level, and the metric id's middle part. */
  id: string;
  zh: string;
  en: string;
  unit: Unit;
  levels: readonly HonorLevel[];
  noun?: CountNoun;
}

const LEVEL_LABELS: Record<HonorLevel, { zh: string; en: string }> = {
  national: { zh: '全国', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  prefecture: { zh: '市级', en: 'prefecture' },
  county: { zh: '县级', en: 'county' },
};

/**
 * Why an honour conferred by a city or a county cannot be set beside another region's: each
 * body confers its own honour (八婺工匠 in Jinhua, 杭州工匠 in Hangzhou), and a county's count is
 * part of its city's. National and provincial honours have one body each: comparable.
 */
const LOCAL_HONOURS: LocalizedText = {
  zh: '各市、县自行评选，称号各异；县的人数含在所属市内。',
  en: 'Each city and county confers its own titles; a county’s count is part of its city’s.',
};
const INCOMPARABLE_LEVELS: Partial<Record<HonorLevel, LocalizedText>> = { prefecture: LOCAL_HONOURS, county: LOCAL_HONOURS };

const ALL_LEVELS: readonly HonorLevel[] = ['national', 'provincial', 'prefecture', 'county'];

/** Honours that reports count by level; each kind × level is one metric. */
const HONOR_KINDS: HonorKind[] = [
  { id: 'model-workers', zh: '劳动模范', en: 'Model workers', unit: 'person', levels: ALL_LEVELS },
  // 全国劳动模范和先进工作者: the national roll counts civil servants (先进工作者) with the model workers.
  { id: 'model-and-advanced-workers', zh: '劳动模范和先进工作者', en: 'Model workers and advanced workers', unit: 'person', levels: ['national'] },
  { id: 'model-collectives', zh: '模范集体', en: 'Model collectives', unit: 'unit', levels: ALL_LEVELS, noun: noun('个', 'collective', 'collectives') },
  { id: 'worker-pioneers', zh: '工人先锋号', en: 'Worker Pioneer teams', unit: 'organisation', levels: ALL_LEVELS, noun: noun('家', 'team', 'teams') },
  { id: 'may-day-medals', zh: '五一劳动奖章', en: 'May Day Labour Medals', unit: 'person', levels: ALL_LEVELS },
  { id: 'may-day-awards', zh: '五一劳动奖状', en: 'May Day Labour Awards (to organisations)', unit: 'unit', levels: ALL_LEVELS, noun: noun('个', 'award', 'awards') },
  { id: 'model-workers-homes', zh: '模范职工之家', en: 'Model Workers’ Homes', unit: 'unit', levels: ALL_LEVELS, noun: noun('个', 'home', 'homes') },
  { id: 'craftsmen', zh: '工匠', en: 'Master craftsmen', unit: 'person', levels: ALL_LEVELS },
  // A provincial title of its own, listed beside 浙江工匠 (jinhua-five-year: 浙江工匠8人、新时代浙江工匠108人).
  { id: 'new-era-craftsmen', zh: '新时代浙江工匠', en: 'New-era Zhejiang craftsmen', unit: 'person', levels: ['provincial'] },
];

function honorMetric(kind: HonorKind, level: HonorLevel): Metric {
  const label = LEVEL_LABELS[level];
  // A title that names its province needs no 省级 before it.
  const zh = kind.zh.startsWith('新时代浙江') ? kind.zh : `${label.zh}${kind.zh}`;
  const metric: Metric = {
    id: `honours.${kind.id}.${level}`,
    zh,
    en: `${kind.en} (${label.en})`,
    unit: kind.unit,
    category: 'honours',
    comparable: INCOMPARABLE_LEVELS[level] === undefined,
    level,
    family: kind.id,
    familyName: { zh: kind.zh, en: kind.en },
  };
  const notes = INCOMPARABLE_LEVELS[level];
  if (notes) metric.notes = notes;
  if (kind.noun) metric.noun = kind.noun;
  return metric;
}

/** One metric per honour kind and level, e.g. "honours.model-workers.national". */
export const honorMetrics: Metric[] = HONOR_KINDS.flatMap((kind) =>
  kind.levels.map((level) => honorMetric(kind, level)),
);
