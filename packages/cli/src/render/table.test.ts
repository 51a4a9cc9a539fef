import { renderTable } from './table';

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

  it('cuts a cell longer than its column allows, and keeps every row on one line', () => {
    const table = renderTable([{ header: 'what', maxWidth: 8 }], [['a long\nmessage here']]);
    expect(table.split('\n')[2]).toBe('a long …');
  });

  it('renders a header alone when there are no rows', () => {
    expect(renderTable([{ header: 'event' }], [])).toBe('event\n-----\n');
  });
});
