/** The JSON Schema validator compiled by scripts/build-schema.ts. */
export declare function validate(data: unknown): boolean;
export default validate;
