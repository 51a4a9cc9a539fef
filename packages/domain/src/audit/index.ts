export * from './problems';
export * from './verifyStream';
export * from './streamHeads';
export * from './report';
export * from './verifyStore';
