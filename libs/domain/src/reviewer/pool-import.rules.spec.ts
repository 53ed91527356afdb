import { parseCsv, parseReviewerPoolCsv } from './pool-import.rules';

const taxonomy = { areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }], communities: [] };

describe('parseCsv', () => {
  test('quotes hold commas, doubled quotes and line breaks; CRLF works; blank lines go', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n\n c ,d')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
      { line: 5, cells: [' c ', 'd'] },
    ]);
  });
});

describe('parseReviewerPoolCsv', () => {
  test('invites the good rows and refuses the others by line', () => {
    const csv = [
      'Email,Name,Kind,Areas',
      'esme@example.org,Esme Expert,expert,Speech synthesis; speech synthesis / voice cloning',
      'cato@example.org,Cato Community,Community,',
      'nobody,No Address,expert,',
      'robin@example.org,Robin,reviewer,',
      'ida@example.org,Ida,expert,Robotics',
      'ESME@example.org,Esme Again,expert,',
      ',Empty,,',
    ].join('\n');
    const { rows, refused } = parseReviewerPoolCsv(csv, taxonomy);
    expect(rows).toEqual([
      { line: 2, name: 'Esme Expert', email: 'esme@example.org', role: 'expert_reviewer', areas: ['Speech synthesis', 'Speech synthesis / Voice cloning'] },
      { line: 3, name: 'Cato Community', email: 'cato@example.org', role: 'community_reviewer', areas: [] },
    ]);
    expect(refused).toEqual([
      { line: 4, reason: '“nobody” is not an e-mail address.' },
      { line: 5, reason: 'The kind must be expert or community, not “reviewer”.' },
      { line: 6, reason: 'Not among the venue’s areas: Robotics.' },
      { line: 7, reason: 'esme@example.org is already on line 2.' },
      { line: 8, reason: '“” is not an e-mail address.' },
    ]);
  });

  test.each([
    ['', 'The file is empty: start with the line name,email,kind,areas.'],
    ['name,email\nA,a@example.org', 'The first line must name the columns; missing: kind, areas.'],
  ])('refuses a file without its columns: %p', (csv, reason) => {
    expect(parseReviewerPoolCsv(csv, taxonomy)).toEqual({ rows: [], refused: [{ line: 1, reason }] });
  });
});
