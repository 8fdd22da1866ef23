import { toCsv } from './csv';

describe('a coach exports the unnecessary-days series for the network meeting', () => {
  it('writes a header and one line per row, CRLF-separated, readable as UTF-8', () => {
    expect(
      toCsv(
        ['period', 'value'],
        [
          ['1999', 1113],
          ['2011', 62],
        ],
      ),
    ).toBe('\ufeffperiod,value\r\n1999,1113\r\n2011,62\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(
      toCsv(
        ['key', 'note'],
        [
          ['Hemtjänst, Jönköping', 'said "no room"\nagain'],
          ['x', null],
        ],
      ),
    ).toBe('\ufeffkey,note\r\n"Hemtjänst, Jönköping","said ""no room""\nagain"\r\nx,\r\n');
  });

  it('keeps a name that looks like a formula from running in the spreadsheet, but not a negative number', () => {
    expect(toCsv(['key', 'value'], [['=HYPERLINK("x")', '-3']])).toBe(
      '\ufeffkey,value\r\n"\'=HYPERLINK(""x"")",-3\r\n',
    );
  });
});
