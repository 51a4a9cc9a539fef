import { v7 } from 'uuid';

/**
 * Event ids for command handlers' `newEventId`. Version 7 UUIDs begin with the time, so ids made one
 * after another sort one after another and land at the end of a database index, not at random places.
 */
export const uuidV7 = (): string => v7();
