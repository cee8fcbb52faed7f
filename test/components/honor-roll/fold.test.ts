import { expect } from '@open-wc/testing';
import { foldForSearch, highlight } from '../../../src/components/honor-roll/fold.js';

describe('foldForSearch', () => {
  it('reads full and half width, case and spaces of any width as one', () => {
    expect(foldForSearch('丁 思 诗')).to.equal('丁思诗');
    expect(foldForSearch('丁　思　诗')).to.equal('丁思诗');
    expect(foldForSearch('ＱＣ小组２０１８')).to.equal(foldForSearch('qc小组2018'));
    expect(foldForSearch('（工会）')).to.equal('(工会)');
  });
});

describe('highlight', () => {
  const hits = (text: string, query: string) => highlight(text, query).filter((s) => s.hit).map((s) => s.text);

  it('marks a match on the characters as printed, spaces inside it included', () => {
    expect(hits('丁 思 诗', '丁思诗')).to.deep.equal(['丁 思 诗']);
    expect(hits('丁思诗', '思 诗')).to.deep.equal(['思诗']);
    expect(hits('ＱＣ小组', 'qc')).to.deep.equal(['ＱＣ']);
  });

  it('marks every match and keeps the whole text', () => {
    const segments = highlight('义乌市义乌', '义乌');
    expect(segments.map((s) => s.text).join('')).to.equal('义乌市义乌');
    expect(segments.filter((s) => s.hit)).to.have.length(2);
  });

  it('marks nothing without a query or a match', () => {
    expect(highlight('丁思诗', '')).to.deep.equal([{ text: '丁思诗', hit: false }]);
    expect(highlight('丁思诗', '王')).to.deep.equal([{ text: '丁思诗', hit: false }]);
  });
});
