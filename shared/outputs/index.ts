export * from './outputRow';
export * from './outputTable';
