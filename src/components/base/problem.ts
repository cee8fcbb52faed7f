import type { NotFound } from '../../dataset/lookup.js';
import type { LoadProblem } from './dataset-source.js';

/** Everything that can leave a widget with nothing to show. One error state renders them all. */
export type WidgetProblem =
  | { kind: 'missing-attribute'; attributes: string[] }
  | { kind: 'bad-attribute'; attribute: string; value: string; allowed: readonly string[] }
  | { kind: 'bad-property'; property: string; received: 'symbol' | 'object' }
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

/** How many characters of a value from outside (an attribute, a URL, a dataset) a message repeats. */
export const ECHO_LENGTH = 80;

/** How long a dataset problem's message may be: it holds its own words and a value or two. */
export const PROBLEM_MESSAGE_LENGTH = ECHO_LENGTH * 2;

/**
 * A value from outside, cut to a readable length for a message: a 1 MB attribute must
 * not make a 1 MB error box. Cuts between code points, never inside a surrogate pair.
 */
export function echo(value: string, length = ECHO_LENGTH): string {
  if (value.length <= length) return value;
  const points = Array.from(value);
  return points.length <= length ? value : `${points.slice(0, length - 1).join('')}…`;
}

/** How many dataset problems the console warning lists; the widget lists fewer. */
const WARNED_PROBLEMS = 10;

function schemaWarning(problem: Extract<LoadProblem, { kind: 'schema' }>): string {
  const listed = problem.errors.slice(0, WARNED_PROBLEMS).map((e) => `${echo(e.path)} ${echo(e.message, PROBLEM_MESSAGE_LENGTH)}`);
  const more = problem.errorCount - listed.length;
  return `${echo(problem.url)} is not a union-viz dataset (${problem.errorCount} problems): ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function loadWarning(problem: LoadProblem): string {
  const url = 'url' in problem ? echo(problem.url) : '';
  switch (problem.kind) {
    case 'http':
      return `HTTP ${problem.status} from ${url}`;
    case 'network':
      return `${url} could not be fetched (${echo(problem.message)})`;
    case 'json':
      return `${url} is not JSON (${echo(problem.message)})`;
    case 'too-large':
      return `${url} is larger than the limit of ${problem.limit} bytes (at least ${problem.bytes} bytes)`;
    case 'timeout':
      return `${url} did not answer within ${problem.ms} ms`;
    case 'schema':
      return schemaWarning(problem);
    case 'chunk':
      return `${echo(chunkURL(problem))} did not load`;
  }
}

/** The console warning for a problem, in English, naming the attribute or field; values cut to ECHO_LENGTH. */
export function problemWarning(tag: string, problem: WidgetProblem): string {
  switch (problem.kind) {
    case 'missing-attribute':
      return `<${tag}>: set attribute ${problem.attributes.map((a) => `"${a}"`).join(' or ')}`;
    case 'bad-attribute':
      return `<${tag}>: attribute "${problem.attribute}" has value "${echo(problem.value)}"; expected one of ${problem.allowed.join(', ')}`;
    case 'bad-property':
      return `<${tag}>: property "${problem.property}" was set to ${problem.received === 'symbol' ? 'a Symbol' : 'an object that cannot become a string'}; it is ignored`;
    case 'not-found': {
      const { what, key, suggestions } = problem.error;
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => echo(s)).join(', ')}?` : '';
      return `<${tag}>: attribute "${problem.attribute}": no ${what} "${echo(key)}"${hint}`;
    }
    case 'empty':
      return `<${tag}>: attribute "${problem.attribute}": nothing in the dataset matches "${echo(problem.value)}"`;
    case 'empty-roll':
      return `<${tag}>: attribute "${problem.attribute}": honour roll "${echo(problem.roll)}" has no entries`;
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
