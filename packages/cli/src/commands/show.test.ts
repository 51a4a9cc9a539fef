import { RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { expectRefusedInOneLine, run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { AnyObject } from '../testing/outputs';

const twoStreams = () =>
  storeWith({ 'partnership-stockton': sampleEvents(3), 'partnership-durham': sampleEvents(2) });

describe('partnerships show --event', () => {
  it('given a global position, then it shows the envelope, payload, hashes and that the chain verifies', async () => {
    const store = await twoStreams();
    const ran = await run(['show', '--store', 'memory:c', '--event', '2'], { c: store });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Event [0-9a-f-]{36}\n/);
    expect(ran.stdout).toMatch(/Stream: partnership-stockton, version 2; global position 2/);
    expect(ran.stdout).toMatch(/Hash: [0-9a-f]{64}\nPrevious hash: [0-9a-f]{64}\n/);
    expect(ran.stdout).toMatch(/Chain: verifies\./);
    expect(ran.stdout).toMatch(/Payload:\n\{\n {2}"amountPence": 1234,/);
  });

  it('given an event id, then --json gives the stored envelope and the chain checks', async () => {
    const store = await twoStreams();
    const all = await store.readStream('partnership-durham');
    if (all._tag === 'Left') throw new Error(all.left.message);
    const wanted = all.right[0]!;
    const ran = await run(['show', '--store', 'memory:c', '--event', wanted.eventId, '--json'], { c: store });
    expect(ran.code).toBe(0);
    const shown = parseJson(AnyObject, ran.stdout);
    expect(shown).toMatchObject({
      eventId: wanted.eventId,
      hash: wanted.hash,
      previousHash: null,
      data: wanted.data,
      chain: { hashRecomputes: true, linksToPrevious: true, streamIntact: true, problems: [] },
    });
  });

  it('given an event altered in the table, then it shows what it now says and that it does not verify', async () => {
    const store = await twoStreams();
    store.tamperWithRow('partnership-stockton', 2, (json) => {
      const row = JSON.parse(json) as RecordedEvent;
      return JSON.stringify({ ...row, data: { ...row.data, amountPence: 999999 } });
    });
    const ran = await run(['show', '--store', 'memory:c', '--event', '2'], { c: store });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/"amountPence": 999999/);
    expect(ran.stdout).toMatch(/Chain: DOES NOT VERIFY: its content no longer gives its stored hash/);
    expect(ran.stdout).toMatch(/ {2}- altered-event: /);
    expect(ran.stderr).toMatch(
      /^partnerships: Tampered: .*\npartnerships: altered-event: stream partnership-stockton, version 2, /s,
    );
    const allowed = await run(['show', '--store', 'memory:c', '--event', '2', '--allow-tampered'], {
      c: store,
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe(ran.stdout);
    expect(allowed.stderr).toMatch(/^partnerships: warning: /);
  });

  it.each([
    [
      ['--event', 'yesterday'],
      /^partnerships: InvalidInput: --event must be an event id .* or a global position/,
    ],
    [['--event', '99'], /^partnerships: EventNotFound: the store holds no global position 99/],
    [
      ['--event', '00000000-0000-7000-8000-000000000000'],
      /^partnerships: EventNotFound: the store holds no event 00000000-0000-7000-8000-000000000000/,
    ],
    [[], /^partnerships: UsageError: required option '--event/],
  ])('given %j, then one line says what is wrong and it exits 2', async (args, message) => {
    const ran = await run(['show', '--store', 'memory:c', ...args], { c: await twoStreams() });
    expectRefusedInOneLine(ran, message);
  });
});
