export * from './outputRow';
export * from './outputTable';
export * from './extractRecipients';
export * from './outputAvailability';
