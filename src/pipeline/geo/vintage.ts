/**
 * How the boundaries' vintage (about 2016) differs from today's division codes. Renamed
 * units kept their borders and take today's code; the others changed borders, so the
 * map draws what the source had and the list names what it lacks.
 */

/** Units renamed since the boundaries were drawn, borders unchanged: old code → today's. */
export const RENAMED: Readonly<Record<string, string>> = {
  '330283': '330213', // 奉化市 → 奉化区 (2016)
  '330185': '330112', // 临安市 → 临安区 (2017)
  '331021': '331083', // 玉环县 → 玉环市 (2017)
};

/** A unit the source draws that no longer exists, or one it lacks, with why. */
export interface BorderChange {
  code: string;
  zh: string;
  en: string;
  /** In the source but not today (`drawn`), or today but not in the source (`missing`). */
  status: 'drawn' | 'missing';
  why: { zh: string; en: string };
}

const HANGZHOU_2021 = {
  zh: '2021年杭州市调整行政区划：撤销上城、下城、江干区，设新上城区；拱墅区并入下城区；设钱塘区、临平区（自余杭区析出）。',
  en: "Hangzhou's 2021 reorganisation: Shangcheng, Xiacheng and Jianggan merged into a new Shangcheng; Gongshu took in Xiacheng; Qiantang and Linping (from Yuhang) created.",
};
const LONGGANG = {
  zh: '2019年自苍南县析出设立龙港市。',
  en: 'Created in 2019 from part of Cangnan County.',
};

/** Units whose borders changed since the source was drawn. */
export const BORDER_CHANGES: readonly BorderChange[] = [
  { code: '330103', zh: '下城区', en: 'Xiacheng District', status: 'drawn', why: HANGZHOU_2021 },
  { code: '330104', zh: '江干区', en: 'Jianggan District', status: 'drawn', why: HANGZHOU_2021 },
  { code: '330102', zh: '上城区', en: 'Shangcheng District', status: 'drawn', why: HANGZHOU_2021 },
  { code: '330105', zh: '拱墅区', en: 'Gongshu District', status: 'drawn', why: HANGZHOU_2021 },
  { code: '330110', zh: '余杭区', en: 'Yuhang District', status: 'drawn', why: HANGZHOU_2021 },
  { code: '330113', zh: '临平区', en: 'Linping District', status: 'missing', why: HANGZHOU_2021 },
  { code: '330114', zh: '钱塘区', en: 'Qiantang District', status: 'missing', why: HANGZHOU_2021 },
  { code: '330327', zh: '苍南县', en: 'Cangnan County', status: 'drawn', why: LONGGANG },
  { code: '330383', zh: '龙港市', en: 'Longgang City', status: 'missing', why: LONGGANG },
];

/** Codes the source draws that today's division no longer has. */
export const RETIRED = new Set(['330103', '330104']);

/** Codes today's division has that the source does not draw. */
export const UNDRAWN = new Set(BORDER_CHANGES.filter((c) => c.status === 'missing').map((c) => c.code));
