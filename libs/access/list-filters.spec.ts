import { herPartSql, herProgramsSql } from './list-filters';

const PROGRAM = '11111111-1111-4111-8111-111111111111';
const TOWN = '22222222-2222-4222-8222-222222222222';
const programWide = { programIds: [PROGRAM], programSlugs: ['pift'], municipalityId: null };

describe('herPartSql, the list rules for a raw SQL query', () => {
  it("keeps a program-wide coordinator to her programs, by id or by slug, numbering its values after the query's own", () => {
    const params: unknown[] = ['own'];
    expect(herPartSql(programWide, { program: { id: 'm.program_id' }, municipality: 'm.municipality_id' }, params)).toBe(
      'm.program_id = ANY($2::uuid[])',
    );
    expect(herPartSql(programWide, { program: { slug: 'n.program_slug' }, municipality: 'n.municipality_id' }, params)).toBe(
      'n.program_slug = ANY($3::text[])',
    );
    expect(params).toEqual(['own', [PROGRAM], ['pift']]);
  });

  it("keeps a municipal coordinator to her municipality's part, and to rows of none where those are the whole program's", () => {
    const params: unknown[] = [];
    const scope = { ...programWide, municipalityId: TOWN };
    expect(herPartSql(scope, { program: { id: 'm.program_id' }, municipality: 'm.municipality_id' }, params)).toBe(
      'm.program_id = ANY($1::uuid[]) AND (m.municipality_id = $2::uuid)',
    );
    expect(
      herPartSql(scope, { program: { slug: 'n.program_slug' }, municipality: 'n.municipality_id', noneIsEveryones: true }, params),
    ).toBe('n.program_slug = ANY($3::text[]) AND (n.municipality_id IS NULL OR n.municipality_id = $4::uuid)');
    expect(params).toEqual([[PROGRAM], TOWN, ['pift'], TOWN]);
  });

  it('gives a coordinator of nothing no rows, and a program administrator all', () => {
    const params: unknown[] = [];
    const placedBy = { program: { id: 'q.program_id' }, municipality: 'q.municipality_id' };
    expect(herPartSql({ programIds: [], programSlugs: [], municipalityId: null }, placedBy, params)).toBe('FALSE');
    expect(herPartSql('all', placedBy, params)).toBe('TRUE');
    expect(params).toEqual([]);
  });
});

describe('herProgramsSql, her programs in a raw SQL query', () => {
  it('keeps even a municipal coordinator to her programs only, as GET /mentors does, and gives one of nothing none', () => {
    const params: unknown[] = ['own'];
    expect(herProgramsSql({ ...programWide, municipalityId: TOWN }, 'mt.program_id', params)).toBe('mt.program_id = ANY($2::uuid[])');
    expect(params).toEqual(['own', [PROGRAM]]);
    expect(herProgramsSql({ programIds: [], programSlugs: [], municipalityId: null }, 'mt.program_id', params)).toBe('FALSE');
    expect(herProgramsSql('all', 'mt.program_id', params)).toBe('TRUE');
    expect(params).toEqual(['own', [PROGRAM]]);
  });
});
