import { sideBySide } from './cohort-table';

describe('sideBySide', () => {
  it('puts each run in a column under its title, the labels down the left, each column as wide as its widest cell', () => {
    const table = sideBySide(
      ['dev-server', 'cluster'],
      [
        [
          ['commands', 594],
          ['latency p50, ms', '12'],
        ],
        [
          ['commands', 594],
          ['latency p50, ms', '1234567890123'],
        ],
      ],
    );
    expect(table.split('\n')).toEqual([
      '                   dev-server  cluster',
      '  commands         594         594',
      '  latency p50, ms  12          1234567890123',
    ]);
  });

  it('lets a cell longer than 40 characters run on rather than widen its column', () => {
    const long = 'x'.repeat(41);
    const table = sideBySide(
      ['a', 'b'],
      [
        [
          ['row', long],
          ['next', 'short'],
        ],
        [
          ['row', 'y'],
          ['next', 'z'],
        ],
      ],
    );
    expect(table.split('\n')).toEqual(['        a      b', `  row   ${long}  y`, '  next  short  z']);
  });
});
