import type { NotFound } from '../../dataset/lookup.js';
import type { LoadProblem } from './dataset-source.js';

/** Everything that can leave a widget with nothing to show. One error state renders them all. */
export type WidgetProblem =
  | { kind: 'missing-attribute'; attributes: string[] }
  | { kind: 'bad-attribute'; attribute: string; value: string; allowed: readonly string[] }
  | { kind: 'not-found'; attribute: string; error: NotFound }
  | { kind: 'empty'; attribute: string; value: string }
  | { kind: 'empty-roll'; attribute: string; roll: string }
  | { kind: 'load'; problem: LoadProblem }
  | { kind: 'geometry'; attribute: string; url: string; problem: GeometryProblemDetail };

/** What is wrong with a map's boundaries (`geo-src`), or with a dataset the boundaries do not cover (`src`). */
export type GeometryProblemDetail =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'not-topojson' }
  | { kind: 'missing-layer'; layer: string }
  | { kind: 'missing-code'; layer: string; index: number }
  | { kind: 'lacks-regions'; codes: string[] };

function geometryWarning(p: GeometryProblemDetail): string {
  switch (p.kind) {
    case 'http':
      return `HTTP ${p.status}`;
    case 'network':
      return 'could not be fetched';
    case 'not-topojson':
      return 'is not TopoJSON';
    case 'missing-layer':
      return `has no layer "${p.layer}" (a GeometryCollection)`;
    case 'missing-code':
      return `layer "${p.layer}", feature ${p.index}: no six-digit "code" property`;
    case 'lacks-regions':
      return `the boundaries lack the dataset's regions ${p.codes.join(', ')}`;
  }
}

/** The URL of the chunk that a browser's "failed to fetch dynamically imported module" message names. */
export function chunkURL(problem: { message: string }): string {
  return /\b(?:https?|file):\/\/\S+/.exec(problem.message)?.[0] ?? problem.message;
}

function loadWarning(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'http':
      return `HTTP ${problem.status} from ${problem.url}`;
    case 'network':
      return `${problem.url} could not be fetched (${problem.message})`;
    case 'json':
      return `${problem.url} is not JSON (${problem.message})`;
    case 'timeout':
      return `${problem.url} did not answer within ${problem.ms} ms`;
    case 'schema':
      return `${problem.url} is not a union-viz dataset: ${problem.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
    case 'chunk':
      return `${chunkURL(problem)} did not load`;
  }
}

/** The console warning for a problem, in English, naming the attribute or field. */
export function problemWarning(tag: string, problem: WidgetProblem): string {
  switch (problem.kind) {
    case 'missing-attribute':
      return `<${tag}>: set attribute ${problem.attributes.map((a) => `"${a}"`).join(' or ')}`;
    case 'bad-attribute':
      return `<${tag}>: attribute "${problem.attribute}" has value "${problem.value}"; expected one of ${problem.allowed.join(', ')}`;
    case 'not-found': {
      const { what, key, suggestions } = problem.error;
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
      return `<${tag}>: attribute "${problem.attribute}": no ${what} "${key}"${hint}`;
    }
    case 'empty':
      return `<${tag}>: attribute "${problem.attribute}": nothing in the dataset matches "${problem.value}"`;
    case 'empty-roll':
      return `<${tag}>: attribute "${problem.attribute}": honour roll "${problem.roll}" has no entries`;
    case 'load':
      if (problem.problem.kind === 'chunk') {
        const what = problem.problem.what === 'code' ? "the widget's code" : 'its data';
        return `<${tag}>: could not load ${what} from ${chunkURL(problem.problem)}: upload the chunks/ folder beside union-viz.js, or use union-viz.standalone.js alone`;
      }
      return `<${tag}>: attribute "src": ${loadWarning(problem.problem)}`;
    case 'geometry':
      return `<${tag}>: attribute "${problem.attribute}": ${problem.url}: ${geometryWarning(problem.problem)}`;
  }
}
