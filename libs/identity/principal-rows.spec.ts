import { principalFromRows, SubjectRow } from './principal-rows';

const row = (id: string, role: SubjectRow['role'], extra: Partial<SubjectRow> = {}): SubjectRow => ({
  id,
  role,
  email: 'kim@aarhus.dk',
  language: 'da',
  municipality_id: null,
  program_ids: null,
  ...extra,
});

describe('principalFromRows', () => {
  const coordinator = row('c-1', 'coordinator', { program_ids: ['p-1', 'p-2'], municipality_id: 'm-1', language: 'en' });
  const panel = row('pm-1', 'panel');

  it('gives every role of the rows sharing her address, with the id of each kind', () => {
    expect(principalFromRows('c-1', [coordinator, panel], 'session')).toEqual({
      id: 'c-1',
      roles: ['coordinator', 'panel'],
      coordinatorId: 'c-1',
      panelMemberId: 'pm-1',
      coordinator: { programIds: ['p-1', 'p-2'], municipalityId: 'm-1' },
      language: 'en',
      via: 'session',
    });
  });

  it('narrows to the roles a development token names, and refuses when none is left', () => {
    expect(principalFromRows('c-1', [coordinator, panel], 'dev-token', ['panel'])).toMatchObject({
      id: 'c-1',
      roles: ['panel'],
      coordinator: undefined,
    });
    expect(principalFromRows('c-1', [coordinator, panel], 'dev-token', ['operator'])).toBeUndefined();
  });

  it('refuses a subject without a live row of its own', () => {
    expect(principalFromRows('gone', [panel], 'session')).toBeUndefined();
  });

  it('makes an account an operator with its account id', () => {
    expect(principalFromRows('a-1', [row('a-1', 'operator')], 'session')).toMatchObject({
      roles: ['operator'],
      accountId: 'a-1',
      coordinator: undefined,
      language: 'da',
    });
  });
});
