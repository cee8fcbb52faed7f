import type { HonorLevel, Metric, Unit } from '../../src/dataset/types.js';

interface HonorKind {
  id: string;
  zh: string;
  en: string;
  unit: Unit;
  levels: readonly HonorLevel[];
}

const LEVEL_LABELS: Record<HonorLevel, { zh: string; en: string }> = {
  national: { zh: '全国', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  prefecture: { zh: '市级', en: 'prefecture' },
  county: { zh: '县级', en: 'county' },
};

const ALL_LEVELS: readonly HonorLevel[] = ['national', 'provincial', 'prefecture', 'county'];

/** Honours that reports count by level; each kind × level is one metric. */
const HONOR_KINDS: HonorKind[] = [
  { id: 'model-workers', zh: '劳动模范', en: 'Model workers', unit: 'person', levels: ALL_LEVELS },
  { id: 'model-collectives', zh: '模范集体', en: 'Model collectives', unit: 'unit', levels: ALL_LEVELS },
  { id: 'worker-pioneers', zh: '工人先锋号', en: 'Worker Pioneer teams', unit: 'organisation', levels: ALL_LEVELS },
  { id: 'may-day-medals', zh: '五一劳动奖章', en: 'May Day Labour Medals', unit: 'person', levels: ALL_LEVELS },
  { id: 'may-day-awards', zh: '五一劳动奖状', en: 'May Day Labour Awards (to organisations)', unit: 'unit', levels: ALL_LEVELS },
  { id: 'model-workers-homes', zh: '模范职工之家', en: "Model Workers' Homes", unit: 'unit', levels: ALL_LEVELS },
  { id: 'craftsmen', zh: '工匠', en: 'Master craftsmen', unit: 'person', levels: ALL_LEVELS },
];

function honorMetric(kind: HonorKind, level: HonorLevel): Metric {
  const label = LEVEL_LABELS[level];
  return {
    id: `honours.${kind.id}.${level}`,
    zh: `${label.zh}${kind.zh}`,
    en: `${kind.en} (${label.en})`,
    unit: kind.unit,
    category: 'honours',
    comparable: true,
  };
}

/** One metric per honour kind and level, e.g. "honours.model-workers.national". */
export const honorMetrics: Metric[] = HONOR_KINDS.flatMap((kind) =>
  kind.levels.map((level) => honorMetric(kind, level)),
);
