import { CsvCell, toCsv } from './csv';

/** A small RFC 4180 reader: CRLF-separated records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          value += text[i++];
        }
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      record.push(value);
      value = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(value);
      records.push(record);
      record = [];
      value = '';
      i += 2;
    } else {
      if (text[i] === '\r' || text[i] === '\n' || text[i] === '"')
        throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
      value += text[i++];
    }
  }
  if (value !== '' || record.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

describe('toCsv', () => {
  it('writes the header first and ends every line, the last too, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', '2'],
          ['3', '4'],
        ],
      ),
    ).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['kind', 'count'], [])).toBe('kind,count\r\n');
  });

  it('has no bare LF line ends', () => {
    const csv = toCsv(['a'], [['x'], ['y']]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a field with a comma', () => {
    expect(toCsv(['x'], [['Aarhus, Vest']])).toBe('x\r\n"Aarhus, Vest"\r\n');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(toCsv(['x'], [['the "good" match']])).toBe('x\r\n"the ""good"" match"\r\n');
  });

  it('quotes a field with a line feed or a carriage return', () => {
    expect(toCsv(['x'], [['one\ntwo']])).toBe('x\r\n"one\ntwo"\r\n');
    expect(toCsv(['x'], [['one\rtwo']])).toBe('x\r\n"one\rtwo"\r\n');
    expect(toCsv(['x'], [['one\r\ntwo']])).toBe('x\r\n"one\r\ntwo"\r\n');
  });

  it('quotes header fields by the same rules', () => {
    expect(toCsv(['name, full', 'say "hi"'], [])).toBe('"name, full","say ""hi"""\r\n');
  });

  it('leaves plain fields unquoted', () => {
    expect(toCsv(['x', 'y'], [['plain text', "it's fine"]])).toBe("x,y\r\nplain text,it's fine\r\n");
  });

  it('writes null and undefined as empty fields', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 'x']])).toBe('a,b,c\r\n,,x\r\n');
    expect(toCsv(['a', 'b'], [[null, null]])).toBe('a,b\r\n,\r\n');
  });

  it('writes numbers as numbers, unquoted and unprefixed, negative ones too', () => {
    expect(toCsv(['n'], [[42], [0], [0.714], [-3.5], [-0.25]])).toBe('n\r\n42\r\n0\r\n0.714\r\n-3.5\r\n-0.25\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+45 12 34 56', "'+45 12 34 56"],
    ['-3.5', "'-3.5"],
    ['@cmd', "'@cmd"],
    ['=', "'="],
  ])('prefixes %j with an apostrophe so no spreadsheet runs it', (cell, written) => {
    expect(toCsv(['x'], [[cell]])).toBe(`x\r\n${written}\r\n`);
  });

  it('does not prefix a string with = + - @ only later in it', () => {
    expect(toCsv(['x'], [['a=b+c-d@e']])).toBe('x\r\na=b+c-d@e\r\n');
  });

  it('prefixes first, then quotes a formula that also needs quoting', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil","click"), now']])).toBe('x\r\n"\'=HYPERLINK(""http://evil"",""click""), now"\r\n');
    expect(toCsv(['x'], [['-1,2']])).toBe('x\r\n"\'-1,2"\r\n');
    expect(toCsv(['x'], [['@a\nb']])).toBe('x\r\n"\'@a\nb"\r\n');
  });

  it('passes Danish letters through untouched', () => {
    expect(
      toCsv(
        ['kommune', 'note'],
        [
          ['Ærø', 'Søndergård, Åbenrå'],
          ['København', 'æøå ÆØÅ'],
        ],
      ),
    ).toBe('kommune,note\r\nÆrø,"Søndergård, Åbenrå"\r\nKøbenhavn,æøå ÆØÅ\r\n');
  });

  it('round-trips a tricky table through an RFC 4180 reader', () => {
    const header = ['name', 'note, with comma', 'count', 'share'];
    const rows: CsvCell[][] = [
      ['Åse Ørnebjerg', 'said "hej"', 12, 0.667],
      ['multi\r\nline', 'lf\nonly and cr\ronly', 0, null],
      ['"quoted"', '', -3.5, undefined],
      ['trailing comma,', ',,', 1000000, 0],
      ['=1+1', '-minus', 7, 1],
      ['  spaced  ', 'æøå', 5, 0.5],
    ];
    const csv = toCsv(header, rows);
    expect(parseCsv(csv)).toEqual([
      ['name', 'note, with comma', 'count', 'share'],
      ['Åse Ørnebjerg', 'said "hej"', '12', '0.667'],
      ['multi\r\nline', 'lf\nonly and cr\ronly', '0', ''],
      ['"quoted"', '', '-3.5', ''],
      ['trailing comma,', ',,', '1000000', '0'],
      ["'=1+1", "'-minus", '7', '1'],
      ['  spaced  ', 'æøå', '5', '0.5'],
    ]);
  });

  it('the test reader itself rejects a record without a closing CRLF', () => {
    expect(() => parseCsv('a,b')).toThrow('CRLF');
    expect(parseCsv('a,"b ""c"""\r\n')).toEqual([['a', 'b "c"']]);
  });
});

describe('toCsv for Excel set to Danish', () => {
  const danish = { separator: ';' } as const;

  it('separates with semicolons and writes decimal commas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [0.714, -3.5],
          [42, null],
        ],
        danish,
      ),
    ).toBe('a;b\r\n0,714;-3,5\r\n42;\r\n');
  });

  it('quotes a field with a semicolon, but not one with a comma only', () => {
    expect(toCsv(['x'], [['Ærø; Marstal'], ['Aarhus, Vest']], danish)).toBe('x\r\n"Ærø; Marstal"\r\nAarhus, Vest\r\n');
  });

  it('still prefixes a formula', () => {
    expect(toCsv(['x'], [['=1+1']], danish)).toBe("x\r\n'=1+1\r\n");
  });
});
