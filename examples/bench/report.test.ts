import { withEarlierFindings } from './report';

const report = (date: string) =>
  `# Rebuild benchmark\n\n- Date: ${date}\n\n| case | rate |\n| --- | ---: |\n`;

describe('a benchmark report written again', () => {
  it('keeps the findings written beneath the report it replaces, after the new figures', () => {
    const earlier = `${report('2026-11-30')}\n## Findings (30 November)\n\n- The fold is quadratic.\n`;
    const written = withEarlierFindings(report('2026-12-01'), earlier);
    expect(written).toBe(
      `${report('2026-12-01').trimEnd()}\n\nThe findings below were written after an earlier run than the one above.\n\n## Findings (30 November)\n\n- The fold is quadratic.\n`,
    );
  });

  it('keeps them once however often the benchmark runs again', () => {
    const first = withEarlierFindings(
      report('2026-12-01'),
      `${report('2026-11-30')}\n## Findings\n\n- One.\n`,
    );
    const again = withEarlierFindings(report('2026-12-02'), first);
    expect(again.match(/^## Findings/gm)).toHaveLength(1);
    expect(again.match(/written after an earlier run/g)).toHaveLength(1);
    expect(again).toContain('2026-12-02');
    expect(again).not.toContain('2026-12-01');
  });

  it('writes the new report alone when there were no findings, or when it brings its own', () => {
    expect(withEarlierFindings(report('2026-12-01'), '')).toBe(report('2026-12-01'));
    expect(withEarlierFindings(report('2026-12-01'), report('2026-11-30'))).toBe(report('2026-12-01'));
    const own = `${report('2026-12-01')}\n## Findings\n\n- New.\n`;
    expect(withEarlierFindings(own, `${report('2026-11-30')}\n## Findings\n\n- Old.\n`)).toBe(own);
  });
});
