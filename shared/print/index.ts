export * from './printDocument';
export * from './buildPrintModel';
export * from './fillLabel';
export * from './webVersion';
export * from './personalIdentityNumbers';
export * from './firstPageDocument';
