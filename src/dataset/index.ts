export * from './types.js';
export { embeddedDataset } from './embedded.js';
export { UnionDataset, type FactFilter, type HonorRollFilter } from './union-dataset.js';
export { factLabel, factMeasure, factNoun, unitsAgree } from './wording.js';
export { datasetFromJSON, datasetFromJSONInSlices, type DatasetLoad } from './from-json.js';
export { validateDataset, validateDatasetInSlices, MAX_LISTED_PROBLEMS, type DatasetProblem, type DatasetValidation } from './validate.js';
export { LOOKUP_KINDS, type Lookup, type LookupKind, type NotFound } from './lookup.js';
export { parseQuantity, findQuantities, type FoundQuantity, type QuantityKind } from '../pipeline/quantity.js';
export { normalizeReportText, type NormalizedText } from '../pipeline/normalize.js';
