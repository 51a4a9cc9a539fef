import type { Pool, PoolClient } from 'pg';
import { asError, isUniqueViolation } from './postgresErrors';

/**
 * Connections a store keeps checked out of its own pool between queries while it is busy, so that a
 * query takes one with a pop and gives it back with a push. The pool's checkout does more on every query
 * (a promise, a connection-timeout timer, an idle timer, events and error listeners), and with sixteen
 * writers on two cores that showed as a few percent of append throughput.
 *
 * A connection goes back to the pool when anyone is waiting for one, when the store has left it idle
 * for `idleMs`, after any failure other than a refused duplicate (the pool then closes it), and on
 * close. With `pin: false` (a pool the application shares) every connection goes back after each use.
 */
export class ConnectionLanes {
  private readonly idle: PoolClient[] = [];
  /** The error listener of each connection held, which also marks whether it is held. */
  private readonly held = new Map<PoolClient, (error: Error) => void>();
  private readonly broken = new Set<PoolClient>();
  private sweep: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: { readonly pin: boolean; readonly idleMs: number },
  ) {}

  /** An idle connection held by the store, if there is one: the common case, with no waiting. */
  take(): PoolClient | undefined {
    return this.idle.pop();
  }

  /** A connection from the pool, held until `put` gives it back. */
  async open(): Promise<PoolClient> {
    const client = await this.pool.connect();
    // A held connection that fails while idle would otherwise raise an unhandled 'error' event.
    const onError = (error: Error) => {
      const at = this.idle.indexOf(client);
      if (at === -1) {
        this.broken.add(client);
        return;
      }
      this.idle.splice(at, 1);
      this.giveBack(client, error);
    };
    client.on('error', onError);
    this.held.set(client, onError);
    return client;
  }

  /** Returns a connection after a query, with the error the query failed with, if any. */
  put(client: PoolClient, error?: unknown): void {
    if (error !== undefined && !isUniqueViolation(error)) {
      this.giveBack(client, asError(error));
    } else if (this.broken.has(client)) {
      this.giveBack(client, new Error('the connection failed while in use'));
    } else if (!this.options.pin || this.closed || this.pool.waitingCount > 0) {
      this.giveBack(client);
    } else {
      this.idle.push(client);
      if (this.sweep === undefined) {
        this.sweep = setTimeout(() => {
          this.sweep = undefined;
          this.releaseIdle();
        }, this.options.idleMs);
        this.sweep.unref();
      }
    }
  }

  /** How many connections the store holds, idle or in use. */
  get size(): number {
    return this.held.size;
  }

  /** Gives every idle connection back; those in use go back when their query ends. */
  close(): void {
    this.closed = true;
    if (this.sweep !== undefined) clearTimeout(this.sweep);
    this.sweep = undefined;
    this.releaseIdle();
  }

  private releaseIdle(): void {
    for (const client of this.idle.splice(0)) this.giveBack(client);
  }

  private giveBack(client: PoolClient, error?: Error): void {
    const onError = this.held.get(client);
    if (onError === undefined) return;
    client.removeListener('error', onError);
    this.held.delete(client);
    this.broken.delete(client);
    client.release(error);
  }
}
