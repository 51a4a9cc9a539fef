import { BUILT_IN_HOLIDAYS, projectedByRule } from '@council-partnerships/domain';

/**
 * Simulated partnerships run to the 2050s, beyond the years whose bank holidays are known: the
 * simulator takes the rules as known that far, and every standstill event says so in its calendar.
 */
export const SIMULATED_HOLIDAYS = projectedByRule(BUILT_IN_HOLIDAYS, 2060);
