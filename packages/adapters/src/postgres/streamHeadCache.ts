/**
 * The last known version and hash of recently used streams, so an append that expects the version the
 * caller just read can chain from it without reading it again. Only a hint: the append statement checks
 * the stored hash and the unique (stream, version) key, so a stale entry costs a retry, never a fork.
 */
export class StreamHeadCache {
  private readonly entries = new Map<string, { readonly version: number; readonly hash: string }>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): { readonly version: number; readonly hash: string } | undefined {
    return this.entries.get(streamId);
  }

  set(streamId: string, head: { readonly version: number; readonly hash: string }): void {
    const known = this.entries.get(streamId);
    if (known !== undefined && known.version >= head.version) return;
    // Re-inserting moves the stream to the back, so the front holds the least recently written.
    this.entries.delete(streamId);
    this.entries.set(streamId, head);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}
