import { PartnershipCommand } from '../partnership/commands';
import { approveReturn, submitReturn, toLive } from '../partnership/testing/fixtures';

/**
 * A long partnership for benchmarks and specifications of long streams: the live partnership of the
 * fixtures (14 events), then performance returns, each submitted by the partner and approved by the
 * contract manager (two events each), until the stream holds `events` events. Every return stays in
 * the state, so the state grows with the history as a real partnership's does.
 */
export const longPartnershipCommands = (events: number): PartnershipCommand[] => {
  const commands = [...toLive];
  const returns = Math.max(0, Math.ceil((events - 14) / 2));
  for (let i = 1; i <= returns; i++) {
    const returnId = `return-${i}`;
    commands.push(
      submitReturn(returnId, [
        { kpiId: 'k1', actual: 7000 + (i % 2000) },
        { kpiId: 'k2', actual: 8000 + (i % 500) },
        { kpiId: 'k3', actual: 9000 - (i % 900) },
      ]),
      approveReturn(returnId),
    );
  }
  return commands;
};

/** A command the long partnership refuses on any state it reaches (its first return is already approved). */
export const refusedOnLongPartnership = (): PartnershipCommand => approveReturn('return-1');
