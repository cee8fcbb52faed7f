import { expect } from '@open-wc/testing';
import { datasetFromJSON, datasetFromJSONInSlices, embeddedDataset, MAX_LISTED_PROBLEMS, validateDataset, validateDatasetInSlices } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/dataset/types.js';

const copy = (): Dataset => structuredClone(embeddedDataset().data) as Dataset;
const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function problems(json: unknown) {
  const result = validateDataset(json);
  return result.ok ? [] : result.errors;
}

describe('validateDataset: bidi control characters', () => {
  it('rejects each of them, in any string, with the path of the string and the code point', () => {
    for (const control of BIDI_CONTROLS) {
      const json = copy();
      const fact = json.facts.find((f) => f.quantity.qualifier !== undefined)!;
      const index = json.facts.indexOf(fact);
      fact.quantity.qualifier = `${control}${fact.quantity.qualifier}`;
      json.reports[1]!.issuer.zh += control;
      json.reports[0]!.period.evidence[0] += control;
      const found = problems(json);
      const paths = found.map((p) => p.path);
      expect(paths, hex(control)).to.include.members([`/facts/${index}/quantity/qualifier`, '/reports/1/issuer/zh', '/reports/0/period/evidence/0']);
      expect(found.every((p) => p.message.includes(hex(control))), hex(control)).to.equal(true);
    }
  });

  it('accepts the characters around them: CJK, full-width punctuation, the zero-width joiner', () => {
    const json = copy();
    json.reports[0]!.issuer.zh += '（测试）—\u200D·';
    expect(problems(json)).to.deep.equal([]);
  });
});

describe('validateDataset: duplicate keys', () => {
  const cases = [
    ['regions', 'code', 'region code'],
    ['reports', 'id', 'report id'],
    ['metrics', 'id', 'metric id'],
    ['facts', 'id', 'fact id'],
    ['honorRolls', 'id', 'honour-roll id'],
  ] as const;
  for (const [list, key, what] of cases) {
    it(`rejects a ${what} used twice, at the path of the second, naming the first`, () => {
      const json = copy();
      const items = json[list] as unknown as Record<string, unknown>[];
      expect(items.length, `the dataset has ${list} to copy`).to.be.greaterThan(1);
      const last = items.length - 1;
      items[last]![key] = items[0]![key];
      const found = problems(json).filter((p) => p.message.includes('used twice'));
      expect(found).to.deep.equal([{ path: `/${list}/${last}/${key}`, message: `${what} "${String(items[0]![key])}" is used twice (first at /${list}/0)` }]);
    });
  }
});

describe('validateDataset: figures beyond any report', () => {
  it('rejects 1e308 and accepts the largest safe integer', () => {
    const json = copy();
    json.facts[3]!.quantity.value = 1e308;
    expect(problems(json).map((p) => p.path)).to.deep.equal(['/facts/3/quantity/value']);
    json.facts[3]!.quantity.value = Number.MAX_SAFE_INTEGER;
    expect(problems(json)).to.deep.equal([]);
  });
});

describe('validateDataset: a dataset with thousands of errors', () => {
  function spoiled(copies: number): { json: Dataset; expected: number } {
    const json = copy();
    const base = json.facts.slice();
    for (let c = 0; c < copies; c += 1) {
      json.facts.push(...base.map((f) => ({ ...f, id: `${f.id}.copy-${c}`, headline: undefined, quantity: { ...f.quantity, unit: 'furlong' as never } })));
    }
    json.facts = JSON.parse(JSON.stringify(json.facts));
    return { json, expected: base.length * copies };
  }

  it('lists the first MAX_LISTED_PROBLEMS problems, in order, and counts them all', () => {
    const { json, expected } = spoiled(20);
    const result = validateDataset(json);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(MAX_LISTED_PROBLEMS);
    expect(result.errorCount).to.equal(expected);
    const first = json.facts.findIndex((f) => f.id.endsWith('.copy-0'));
    expect(result.errors[0]!.path).to.equal(`/facts/${first}/quantity/unit`);
  });

  it('in slices, finds the same problems, and lets the page run between slices', async () => {
    const { json } = spoiled(20);
    const sync = validateDataset(json);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    const sliced = await validateDatasetInSlices(json);
    clearInterval(ticker);
    expect(sliced).to.deep.equal(sync);
    expect(ticks, 'timers ran while it validated').to.be.greaterThan(0);
  });

  it('datasetFromJSONInSlices accepts a valid dataset, copied unless handed over', async () => {
    const json = copy();
    const loaded = await datasetFromJSONInSlices(json);
    expect(loaded.ok).to.equal(true);
    expect(Object.isFrozen(json)).to.equal(false);
    const handed = await datasetFromJSONInSlices(json, { copy: false });
    expect(handed.ok && handed.dataset.data).to.equal(json);
    expect(datasetFromJSON(copy()).ok).to.equal(true);
  });
});
