export * from './io';
export * from './main';
export { renderRecords, renderTable } from './render/table';
export type { Column, RecordColumn } from './render/table';
export { createProgress } from './render/progress';
export type { Progress } from './render/progress';
export { openForAudit, processIo } from './defaultIo';
