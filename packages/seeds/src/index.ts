/**
 * The five source documents of the design brief, each told once as the commands a council system
 * would send. Tests check the rules and the figures against these tellings; the examples render them.
 */
export { commandsOf, stepsOf } from './seed';
export type { ChapterRange, Seed } from './seed';
export { castFor, pounds } from './telling/cast';
export type { Cast } from './telling/cast';
export { claimLines, recordDelivery } from './telling/delivery';
export { daysInMonth, periods, plusDays, plusMonths, weekday } from './telling/periods';
export type { Period } from './telling/periods';
export { dueAt, inRecordingOrder } from './telling/recording';
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
