import type { Locale } from '../../format/locale.js';
import type { LoadProblem } from './dataset-source.js';
import { chunkURL, type WidgetProblem } from './problem.js';

/** The error state's words, per locale. Loaded only when a widget has a problem to show. */
export interface ProblemMessages {
  problemTitle: string;
  moreErrors: (n: number) => string;
  problem: (p: WidgetProblem) => string;
}

const zhLoad = (p: LoadProblem): string => {
  switch (p.kind) {
    case 'http':
      return `数据文件无法获取（HTTP ${p.status}）：${p.url}`;
    case 'network':
      return `数据文件无法获取（网络错误）：${p.url}`;
    case 'json':
      return `数据文件不是有效的 JSON：${p.url}`;
    case 'timeout':
      return `数据文件加载超时（${Math.round(p.ms / 1000)} 秒）：${p.url}`;
    case 'schema':
      return `数据文件不符合 union-viz 数据格式（${p.errors.length} 处错误）：${p.url}`;
    case 'chunk':
      return `无法加载${p.what === 'code' ? '组件代码' : '数据'}，来自：${chunkURL(p)}`;
  }
};

const enLoad = (p: LoadProblem): string => {
  switch (p.kind) {
    case 'http':
      return `The data file could not be loaded (HTTP ${p.status}): ${p.url}`;
    case 'network':
      return `The data file could not be loaded (network error): ${p.url}`;
    case 'json':
      return `The data file is not valid JSON: ${p.url}`;
    case 'timeout':
      return `The data file took too long to load (${Math.round(p.ms / 1000)} s): ${p.url}`;
    case 'schema':
      return `The data file is not a union-viz dataset (${p.errors.length} errors): ${p.url}`;
    case 'chunk':
      return `Could not load ${p.what === 'code' ? "the widget's code" : 'its data'} from ${chunkURL(p)}`;
  }
};

const zhGeometry = (p: Extract<WidgetProblem, { kind: 'geometry' }>): string => {
  const d = p.problem;
  const what = `地图边界文件（属性“${p.attribute}”）：${p.url}`;
  switch (d.kind) {
    case 'http':
      return `无法获取${what}（HTTP ${d.status}）`;
    case 'network':
      return `无法获取${what}（网络错误）`;
    case 'not-topojson':
      return `${what} 不是 TopoJSON 文件。`;
    case 'missing-layer':
      return `${what} 缺少图层“${d.layer}”。`;
    case 'missing-code':
      return `${what} 图层“${d.layer}”第 ${d.index + 1} 个要素缺少六位行政区划代码（code）。`;
    case 'lacks-regions':
      return `数据中的地区 ${d.codes.join('、')} 不在地图边界中（属性“${p.attribute}”）。`;
  }
};

const enGeometry = (p: Extract<WidgetProblem, { kind: 'geometry' }>): string => {
  const d = p.problem;
  const what = `the boundaries file (attribute “${p.attribute}”): ${p.url}`;
  switch (d.kind) {
    case 'http':
      return `Could not load ${what} (HTTP ${d.status}).`;
    case 'network':
      return `Could not load ${what} (network error).`;
    case 'not-topojson':
      return `Not TopoJSON: ${what}.`;
    case 'missing-layer':
      return `No layer “${d.layer}” in ${what}.`;
    case 'missing-code':
      return `Feature ${d.index + 1} of layer “${d.layer}” has no six-digit code, in ${what}.`;
    case 'lacks-regions':
      return `The map's boundaries lack the dataset's regions ${d.codes.join(', ')} (attribute “${p.attribute}”).`;
  }
};

const WHAT_ZH = { fact: '数据项', report: '报告', region: '地区', metric: '指标', 'honor-roll': '荣誉榜' } as const;

const zh: ProblemMessages = {
  problemTitle: '无法显示',
  moreErrors: (n) => `另有 ${n} 处错误`,
  problem: (p) => {
    switch (p.kind) {
      case 'missing-attribute':
        return `缺少属性 ${p.attributes.map((a) => `“${a}”`).join(' 或 ')}。`;
      case 'bad-attribute':
        return `属性“${p.attribute}”的值“${p.value}”无效，可用的值：${p.allowed.join('、')}。`;
      case 'not-found':
        return `找不到${WHAT_ZH[p.error.what]}“${p.error.key}”（属性“${p.attribute}”）。`;
      case 'empty':
        return `数据中没有与“${p.value}”相符的内容（属性“${p.attribute}”）。`;
      case 'empty-roll':
        return `荣誉榜“${p.roll}”没有任何条目（属性“${p.attribute}”）。`;
      case 'load':
        return zhLoad(p.problem);
      case 'geometry':
        return zhGeometry(p);
    }
  },
};

const en: ProblemMessages = {
  problemTitle: 'Cannot show this figure',
  moreErrors: (n) => `and ${n} more`,
  problem: (p) => {
    switch (p.kind) {
      case 'missing-attribute':
        return `Missing attribute ${p.attributes.map((a) => `“${a}”`).join(' or ')}.`;
      case 'bad-attribute':
        return `Attribute “${p.attribute}” has an invalid value “${p.value}”; use one of: ${p.allowed.join(', ')}.`;
      case 'not-found':
        return `No ${p.error.what.replace('-', ' ')} “${p.error.key}” (attribute “${p.attribute}”).`;
      case 'empty':
        return `Nothing in the dataset matches “${p.value}” (attribute “${p.attribute}”).`;
      case 'empty-roll':
        return `The honour roll “${p.roll}” has no entries (attribute “${p.attribute}”).`;
      case 'load':
        return enLoad(p.problem);
      case 'geometry':
        return enGeometry(p);
    }
  },
};

/** The error state's words for a locale. */
export function problemMessages(locale: Locale): ProblemMessages {
  return locale === 'en' ? en : zh;
}
