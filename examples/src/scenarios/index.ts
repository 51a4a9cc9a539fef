import { ScenarioDefinition } from '../support/scenario';
import { centralBedfordshire } from './centralBedfordshire';
import { durham } from './durham';
import { leicestershire } from './leicestershire';
import { southTees } from './southTees';
import { stockton } from './stockton';

/** The five source documents, in the order of the design brief's seeds. */
export const scenarios: readonly ScenarioDefinition[] = [
  stockton,
  centralBedfordshire,
  southTees,
  leicestershire,
  durham,
];

export { centralBedfordshire, durham, leicestershire, southTees, stockton };

// Running a scenario into a store, for the repository's specifications that render one (the report's browser test).
export { runDefinition } from '../support/scenario';
export type { ScenarioDefinition, ScenarioResult } from '../support/scenario';
export { createStoryClock, storyEventIds } from '../support/storyClock';
