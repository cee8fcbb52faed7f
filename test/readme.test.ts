import { expect } from '@open-wc/testing';

/** The ```ts blocks of the README that import union-viz/dataset, as written. */
async function datasetExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes("from 'union-viz/dataset'"));
}

/** Runs an example as a module, with the package name pointed at the source, and returns what it logged. */
async function run(code: string): Promise<unknown[][]> {
  const source = code
    .replace("from 'union-viz/dataset'", `from '${location.origin}/src/dataset/index.ts'`)
    .replace('/my-union/dataset.json', `${location.origin}/test-data/dataset.json?key=readme`);
  const logged: unknown[][] = [];
  const { log, warn, error } = console;
  console.log = console.warn = console.error = (...args: unknown[]) => logged.push(args);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    Object.assign(console, { log, warn, error });
    URL.revokeObjectURL(url);
  }
  return logged;
}

describe('README examples', () => {
  it('has the two dataset examples', async () => {
    expect(await datasetExamples()).to.have.length(2);
  });

  it('the query example runs and prints what its comment says', async () => {
    const [query] = await datasetExamples();
    const logged = await run(query!);
    expect(logged[0]).to.deep.equal([32677, 'person', 'exact']);
    expect(String(logged[1]![0])).to.contain('32677');
  });

  it('the own-dataset example runs and logs no error for a valid dataset', async () => {
    const [, own] = await datasetExamples();
    expect(await run(own!)).to.deep.equal([]);
  });
});
