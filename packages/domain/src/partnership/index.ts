export * from './codecs';
export * from './events';
