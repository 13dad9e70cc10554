export { deferCommand, handleCommand, hasCommandHandler, runCommand } from './commandBus';
export { commandOfEvent } from './commandOfEvent';
export { useCommand } from './useCommand';
export { useCommandKeys } from './useCommandKeys';
