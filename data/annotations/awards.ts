import type { LocalizedText } from '../../src/dataset/types.js';

/**
 * Awards that more than one report lists, named once here so that every roll of an award
 * reads the same in English (the honour roll groups rolls by their award's name). The build
 * fails when one zh award name has two en names.
 */
export const NATIONAL_MODEL_WORKER: LocalizedText = { zh: '全国劳动模范', en: 'National Model Worker' };
