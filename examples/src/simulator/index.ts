// The simulator as other packages' specifications and benchmarks use it: a run with its read models, and its sizes.
export { runSimulation } from './harness';
export { LARGEST } from './shape';
