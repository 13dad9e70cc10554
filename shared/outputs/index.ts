export * from './outputRow';
export * from './outputTable';
export * from './extractRecipients';
