import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import { metricFamily, metricLevel } from '../../src/dataset/wording.js';

const { data } = embeddedDataset();

/** Keys whose string values are English text a reader sees. */
const ENGLISH_KEYS = new Set(['en', 'titleEn', 'one', 'other', 'note']);

/** Every string under an English key, with its path; the regions (pinyin place names) left out. */
function englishStrings(value: unknown, path: string, key = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return ENGLISH_KEYS.has(key) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => englishStrings(v, `${path}[${i}]`, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (path === '' && k === 'regions' ? [] : englishStrings(v, path ? `${path}.${k}` : k, k)));
  }
  return [];
}

describe('the shipped dataset’s English', () => {
  it('uses curly quotes and apostrophes only', () => {
    const texts = englishStrings(data, '');
    expect(texts.length).to.be.greaterThan(300);
    expect(texts.filter((t) => /["']/.test(t.text)).map((t) => `${t.path}: ${t.text}`)).to.deep.equal([]);
  });

  it('gives one award one English name', () => {
    const names = new Map<string, Set<string>>();
    for (const roll of data.honorRolls) names.set(roll.award.zh, (names.get(roll.award.zh) ?? new Set()).add(roll.award.en));
    expect([...names].filter(([, en]) => en.size > 1).map(([zh, en]) => `${zh}: ${[...en].join(' / ')}`)).to.deep.equal([]);
    expect([...names.get('全国劳动模范')!]).to.deep.equal(['National Model Worker']);
  });
});

describe('honours across reports', () => {
  it('are comparable at the national and provincial levels only; city and county honours say why not', () => {
    const family = data.metrics.filter((m) => metricLevel(m) && metricFamily(m) && m.id === `honours.${metricFamily(m)}.${metricLevel(m)}` && m.familyName);
    expect(family.length).to.be.greaterThan(10);
    for (const metric of family) {
      const level = metricLevel(metric);
      if (level === 'national' || level === 'provincial') expect(metric.comparable, metric.id).to.equal(true);
      else {
        expect(metric.comparable ?? false, metric.id).to.equal(false);
        expect(metric.notes?.zh, metric.id).to.contain('自行评选');
        expect(metric.notes?.en, metric.id).to.contain('confers its own titles');
      }
    }
    const craftsmen = data.metrics.find((m) => m.id === 'honours.craftsmen.prefecture')!;
    expect(craftsmen.comparable ?? false).to.equal(false);
    expect(craftsmen.notes!.en).to.contain('a county’s count is part of its city’s');
  });
});
