// The cast and the pounds-to-pence rule belong to the seeds' telling; the simulator uses them too.
export { castFor, pounds } from '@council-partnerships/seeds';
export type { Cast } from '@council-partnerships/seeds';
