import { parseAccountArgs } from './account-args';

describe('parseAccountArgs', () => {
  it('makes an operator unless a role is given, in Danish unless a language is', () => {
    expect(parseAccountArgs(['add', '--email', ' Lise@Aarhus.dk ', '--name', 'Lise Berg'])).toEqual({
      account: { email: 'Lise@Aarhus.dk', name: 'Lise Berg', role: 'operator', language: 'da' },
    });
    expect(parseAccountArgs(['add', '--email', 'a@b.dk', '--name', 'A', '--role', 'program-admin', '--language', 'en'])).toEqual({
      account: { email: 'a@b.dk', name: 'A', role: 'program-admin', language: 'en' },
    });
  });

  it('names every problem at once', () => {
    expect(parseAccountArgs(['make', '--email', 'nobody', '--role', 'coordinator', '--language', 'de'])).toEqual({
      problems: [
        'the command is "account add", not "make"',
        '--email must be an e-mail address (she signs in with it)',
        '--name must be 1 to 200 characters',
        '--role must be one of operator, program-admin, not coordinator',
        '--language must be one of da, en, not de',
      ],
    });
    expect(parseAccountArgs(['add', '--mail', 'x'])).toEqual({ problems: [expect.stringMatching(/Unknown option '--mail'/)] });
  });
});
