/**
 * A figure cut into the pieces a widget styles apart. Joined in order (qualifierBefore,
 * number, qualifierAfter, unit, qualifierEnd) they give `formatQuantity`.
 * `qualifierEnd` is there because zh puts 以上 and 左右 after the measure word ("90%以上").
 */
export interface QuantityParts {
  /** 近, 超, 约 / "over ", "nearly ", "about ". */
  qualifierBefore: string;
  /** "3.27", "8000", "10%—18", "¥80 million", "1.34 million". */
  number: string;
  /** 余 or 多 between the number and the scale or the measure word; always "" in en. */
  qualifierAfter: string;
  /** 万名, 元, %, 万余人次's 人次 / " people", "%", "" for money and bare numbers in en. */
  unit: string;
  /** 以上 or 左右 after the measure word; always "" in en. */
  qualifierEnd: string;
}

export const emptyParts = (): QuantityParts => ({ qualifierBefore: '', number: '', qualifierAfter: '', unit: '', qualifierEnd: '' });

/** The parts joined into the figure as printed. */
export const joinParts = (p: QuantityParts): string => `${p.qualifierBefore}${p.number}${p.qualifierAfter}${p.unit}${p.qualifierEnd}`;
