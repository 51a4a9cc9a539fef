import { renderRecords, renderTable } from './table';

describe('the plain-text table', () => {
  it('pads columns to their widest cell, right-aligns numbers, and rules off the header', () => {
    expect(
      renderTable(
        [{ header: 'stream' }, { header: 'version', align: 'right' }],
        [
          ['partnership-stockton', '3'],
          ['a', '12'],
        ],
      ),
    ).toBe(
      'stream                version\n' +
        '--------------------  -------\n' +
        'partnership-stockton        3\n' +
        'a                          12\n',
    );
  });

  it('keeps every row on one line, and cuts nothing when no width is given (a pipe, a file)', () => {
    const table = renderTable([{ header: 'what', maxWidth: 8 }], [['a long\nmessage here']]);
    expect(table.split('\n')[2]).toBe('a long message here');
  });

  it('renders a header alone when there are no rows', () => {
    expect(renderTable([{ header: 'event' }], [])).toBe('event\n-----\n');
  });
});

describe('the plain-text table on a terminal of a given width', () => {
  const columns = [{ header: 'when' }, { header: 'what', flexible: true }, { header: 'who' }];
  const rows = [['2024-04-01', 'a long description of what happened that day', 'officer-ada']];

  it('cuts free text first, with an ellipsis, so every line fits', () => {
    const lines = renderTable(columns, rows, { width: 40 }).trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[2]).toBe('2024-04-01  a long descrip…  officer-ada');
  });

  it('narrows the other columns too when free text alone cannot make it fit', () => {
    const lines = renderTable(columns, rows, { width: 24 }).trimEnd().split('\n');
    expect(lines[2]).toBe('2024-0…  a lon…  office…');
  });

  it('cuts a cell longer than its column allows, however wide the screen', () => {
    const table = renderTable([{ header: 'what', maxWidth: 8 }], [['a long message here']], { width: 200 });
    expect(table.split('\n')[2]).toBe('a long …');
  });

  it('draws everything with wide, ignoring each column limit', () => {
    const table = renderTable([{ header: 'what', maxWidth: 5 }], [['all of it']], { wide: true, width: 5 });
    expect(table.split('\n')[2]).toBe('all of it');
  });

  it('draws a row per record, each column showing the cell it names for that record', () => {
    const streams = [
      { id: 'partnership-stockton', version: 3 },
      { id: 'a', version: 12 },
    ];
    expect(
      renderRecords(streams, [
        { header: 'stream', cell: (s) => s.id },
        { header: 'version', align: 'right', cell: (s) => String(s.version) },
      ]),
    ).toBe(
      'stream                version\n' +
        '--------------------  -------\n' +
        'partnership-stockton        3\n' +
        'a                          12\n',
    );
  });
});
