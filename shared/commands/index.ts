export * from './commandRow';
export * from './commandTable';
export * from './keyCombos';
