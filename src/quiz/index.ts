export * from './bank.js';
export * from './run.js';
export * from './state.js';
