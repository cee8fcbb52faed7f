import { expect } from '@open-wc/testing';
import { UNITS } from '../../src/dataset/types.js';

describe('smoke', () => {
  it('loads the types module', () => {
    expect(UNITS).to.include('yuan');
  });
  it('serves the report files', async () => {
    const res = await fetch('/data/reports/yiwu-2020.txt');
    expect(res.status).to.equal(200);
    expect(await res.text()).to.contain('疗');
  });
});
