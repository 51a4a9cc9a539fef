/**
 * The opening of a worker thread's source that loads this repository's packages from their TypeScript
 * sources, so a worker runs the code under test rather than a build. The worker needs `workerData.root`
 * (the repository) and `workerData.tsNode` (ts-node's path); its own script follows this one.
 */
export const workerFromSourcesPreamble = `
const { parentPort, workerData } = require('node:worker_threads');
const Module = require('node:module');
const path = require('node:path');
require(workerData.tsNode).register({ transpileOnly: true, project: path.join(workerData.root, 'tsconfig.json') });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /^@council-partnerships\\/(domain|projections|adapters)(?:\\/(.*))?$/.exec(request);
  const mapped = m ? path.join(workerData.root, 'packages', m[1], 'src', m[2] || 'index') : request;
  return resolveFilename.call(this, mapped, ...rest);
};
`;
