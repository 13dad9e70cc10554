export * from './printDocument';
export * from './buildPrintModel';
export * from './fillLabel';
