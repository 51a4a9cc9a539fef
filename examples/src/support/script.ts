// Scripts (steps, commands, London business time) belong to the seeds' telling; the simulator and
// the hostile-input checks build on them too.
export { createScript, londonTime, partnershipCommand } from '@council-partnerships/seeds';
export type { DataOf, Script, Step } from '@council-partnerships/seeds';
