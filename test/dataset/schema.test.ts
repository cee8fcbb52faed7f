import { expect } from '@open-wc/testing';
import committed from '../../data/dataset.json';
import schema from '../../data/dataset.schema.json';
import { APPROXIMATIONS, CATEGORIES, UNITS } from '../../src/dataset/types.js';
import { validateDataset } from '../../src/dataset/validate.js';

describe('data/dataset.schema.json', () => {
  it('is generated from the types: its enumerations are the `as const` arrays', () => {
    const definitions = (schema as { definitions: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> }).definitions;
    expect(definitions['Unit']!.enum).to.have.members([...UNITS]);
    expect(definitions['Approximation']!.enum).to.have.members([...APPROXIMATIONS]);
    // An optional property with its own description gets the enum inline.
    expect(definitions['Category']?.enum ?? definitions['Metric']!.properties!['category']!.enum).to.have.members([...CATEGORIES]);
  });

  it('validates the committed dataset', () => {
    const result = validateDataset(committed);
    expect(result.ok ? [] : result.errors).to.deep.equal([]);
  });

  it('is checked by a validator that never compiles code at run time', async () => {
    const source = await (await fetch('/src/dataset/validate-dataset.generated.js')).text();
    expect(source).not.to.match(/new Function|\beval\(/);
  });
});
