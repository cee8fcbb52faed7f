import type { Region } from '../../src/dataset/types.js';

/** The regions the reports issue from or name, with their GB/T 2260 codes. */
export const regions: Region[] = [
  { code: '330000', zh: '浙江省', en: 'Zhejiang', level: 'province' },
  { code: '330100', zh: '杭州市', en: 'Hangzhou', level: 'prefecture', parent: '330000' },
  { code: '330182', zh: '建德市', en: 'Jiande', level: 'county', parent: '330100' },
  { code: '330700', zh: '金华市', en: 'Jinhua', level: 'prefecture', parent: '330000' },
  { code: '330702', zh: '婺城区', en: 'Wucheng', level: 'county', parent: '330700' },
  { code: '330703', zh: '金东区', en: 'Jindong', level: 'county', parent: '330700' },
  { code: '330723', zh: '武义县', en: 'Wuyi', level: 'county', parent: '330700' },
  { code: '330726', zh: '浦江县', en: 'Pujiang', level: 'county', parent: '330700' },
  { code: '330727', zh: '磐安县', en: "Pan'an", level: 'county', parent: '330700' },
  { code: '330781', zh: '兰溪市', en: 'Lanxi', level: 'county', parent: '330700' },
  { code: '330782', zh: '义乌市', en: 'Yiwu', level: 'county', parent: '330700' },
  { code: '330783', zh: '东阳市', en: 'Dongyang', level: 'county', parent: '330700' },
  { code: '330784', zh: '永康市', en: 'Yongkang', level: 'county', parent: '330700' },
];
