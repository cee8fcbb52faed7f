import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import { formatQuantity } from '../../src/format/index.js';

const fact = embeddedDataset().data.facts[0]!;

interface ProbeReport {
  enforced: boolean;
  defined: boolean;
  value: string | null;
  fallbackVisible: boolean;
  loadError: string | null;
}

/** Loads the Trusted Types page with these policy names allowed, and returns what its probe saw. */
async function pageWithPolicies(policies: string): Promise<ProbeReport> {
  const frame = document.createElement('iframe');
  const report = new Promise<ProbeReport>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as ProbeReport);
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = `/test-data/trusted-types.html?fact=${encodeURIComponent(fact.id)}&policies=${encodeURIComponent(policies)}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

/** The policy names the README tells a site to allow, read from its Content-Security-Policy line. */
async function documentedPolicies(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const line = readme.split('\n').find((l) => /Content-Security-Policy:.*trusted-types /.test(l));
  expect(line, 'the README gives a Trusted Types policy line').to.be.a('string');
  return line!.replace(/.*trusted-types /, '').trim();
}

describe('under Trusted Types', () => {
  it('the policy names the README documents let every widget upgrade and render', async () => {
    const policies = await documentedPolicies();
    const result = await pageWithPolicies(policies);
    expect(result.loadError).to.equal(null);
    expect(result.defined).to.equal(true);
    const expected = formatQuantity(fact.quantity, { locale: 'zh-CN' }).replace(/\s+/g, '');
    expect(result.value!.replace(/\s+/g, '')).to.contain(expected);
  });

  it('a site’s own policy beside them does not get in the way', async () => {
    const result = await pageWithPolicies(`default ${await documentedPolicies()}`);
    expect(result.loadError).to.equal(null);
    expect(result.value).not.to.equal(null);
  });

  it('with `trusted-types default` alone, the fallback text stays (where the browser enforces it)', async () => {
    const result = await pageWithPolicies('default');
    if (!result.enforced) {
      // A browser without Trusted Types ignores the directive: the widget renders.
      expect(result.value).not.to.equal(null);
      return;
    }
    expect(result.defined).to.equal(false);
    expect(result.loadError).to.contain('lit-html');
    expect(result.fallbackVisible).to.equal(true);
  });
});
