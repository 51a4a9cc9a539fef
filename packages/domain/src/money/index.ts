export * from './codecs';
export { type Rounding, ROUNDINGS, divideRounded, checkedDivideRounded } from './rounding';
export * from './basisPoints';
export * from './allocate';
export * from './format';
export * from './parse';
export * from './slice';
