/**
 * The five source documents of the design brief, each told once as the commands a council system
 * would send. Tests check the rules and the figures against these tellings; the examples render them.
 */
export { commandsOf, expectedRefusalsOf, stepsOf } from './seed';
export type { ChapterRange, ExpectedRefusal, Seed } from './seed';
export { deciderOf, handlerFor, policyOf, recordSeed, recordSeeds } from './record';
export type { Council, RecordOptions, SeedPart } from './record';
export { castFor, pounds } from './telling/cast';
export type { Cast } from './telling/cast';
export { claimLines, recordDelivery } from './telling/delivery';
export { daysInMonth, periods, plusDays, plusMonths, weekday } from './telling/periods';
export type { Period } from './telling/periods';
export { createStoryClock, dueAt, inRecordingOrder } from './telling/recording';
export type { StoryClock } from './telling/recording';
export { createScript, londonTime, partnershipCommand } from './telling/script';
export type { DataOf, Script, Step } from './telling/script';
export { stockton, stocktonStated, stocktonTold } from './stockton';
export {
  centralBedfordshire,
  centralBedfordshireStated,
  centralBedfordshireTold,
} from './centralBedfordshire';
export { southTees, southTeesStated, southTeesTold } from './southTees';
export { leicestershire, leicestershireStated, leicestershireTold } from './leicestershire';
export { countyDurham, countyDurhamStated, countyDurhamTold } from './countyDurham';

import { centralBedfordshire } from './centralBedfordshire';
import { countyDurham } from './countyDurham';
import { leicestershire } from './leicestershire';
import { Seed } from './seed';
import { southTees } from './southTees';
import { stockton } from './stockton';

/** The five source documents, in the order of the design brief's seeds. */
export const seeds: readonly Seed[] = [
  stockton,
  centralBedfordshire,
  southTees,
  leicestershire,
  countyDurham,
];
