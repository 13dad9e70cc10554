/** Returns why importing `toFile` from `fromFile` crosses a folder boundary, or null. */
export function boundaryViolation(fromFile: string, toFile: string): string | null;
export const importBoundaries: unknown;
