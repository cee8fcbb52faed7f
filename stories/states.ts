import type { Decorator } from '@storybook/web-components';
import { embeddedDataset } from '../src/dataset/index.js';

/** A URL whose request never answers, so a story can show the loading skeleton. */
export const NEVER_ANSWERS = '/stories/never-answers.json';
/** A URL that answers with a dataset that breaks the schema, so a story can show the error. */
export const BAD_DATASET = '/stories/bad-dataset.json';
/** A URL that answers with the embedded dataset, its first honour roll emptied. */
export const HOLLOW_ROLL = '/stories/hollow-roll.json';

const realFetch = globalThis.fetch.bind(globalThis);

/** Stands in for the network for the two story URLs above; every other request goes out as usual. */
export const storyNetwork: Decorator = (story) => {
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith(NEVER_ANSWERS)) return new Promise(() => undefined);
    if (url.endsWith(BAD_DATASET)) {
      const body = JSON.stringify({ schemaVersion: '1.0.0', regions: [], reports: [{ id: 'x' }], metrics: [], facts: [{ id: 1 }], honorRolls: [] });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    }
    if (url.endsWith(HOLLOW_ROLL)) {
      const data = structuredClone(embeddedDataset().data);
      data.honorRolls[0]!.entries = [];
      return Promise.resolve(new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } }));
    }
    return realFetch(input, init);
  };
  return story();
};

/** Shows a story on a dark page. */
export const darkPage: Decorator = (story) => {
  document.body.style.background = '#11141a';
  document.body.style.color = '#e8ebf1';
  return story();
};
