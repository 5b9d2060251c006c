export * from './model.js';
export * from './recommend.js';
export * from './state.js';
export * from './scoreBar.js';
