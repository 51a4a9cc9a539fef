/**
 * For specifications that write rows behind a store's back (tampering, forged checkpoints): the values
 * of the columns every SQL events table shares, in the order the adapters insert them, so a forged row
 * is laid out exactly as a stored one.
 */
export { sharedColumnValues } from '../shared/eventRow';
