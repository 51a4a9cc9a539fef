import { captured } from '../testing/cli';
import { createProgress } from './progress';

describe('the progress bar', () => {
  it('draws nothing when the stream is not a terminal', () => {
    const stderr = captured(false);
    const progress = createProgress(stderr, 'verifying');
    progress.update(1, 2);
    progress.finish();
    expect(stderr.text()).toBe('');
  });

  it('redraws one line in place at most every interval, always draws the end, and clears itself', () => {
    const stderr = captured(true);
    let now = 0;
    const progress = createProgress(stderr, 'verifying', { now: () => now, intervalMs: 100 });
    progress.update(1, 4, 'a');
    now = 50;
    progress.update(2, 4, 'b');
    now = 60;
    progress.update(4, 4, 'd');
    progress.finish();
    expect(stderr.text()).toBe(
      '\rverifying [######..................] 1/4 a\x1b[K' +
        '\rverifying [########################] 4/4 d\x1b[K' +
        '\r\x1b[K',
    );
  });

  it('shows a count when the total is not known', () => {
    const stderr = captured(true);
    createProgress(stderr, 'reading the log').update(1000, 0, 'events');
    expect(stderr.text()).toBe('\rreading the log 1000 events\x1b[K');
  });
});
