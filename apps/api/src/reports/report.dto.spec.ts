import { BadRequestException } from '@nestjs/common';
import { apiValidationPipe } from '../errors/validation.pipe';
import { ReportQuery } from './report.dto';

const SCOPE = { programId: '7d1c1a55-3f0e-4e39-9d4e-0c1f7b1a2b3c', from: '2026-01-01', to: '2026-12-31' };

const check = (query: object) => apiValidationPipe.transform(query, { type: 'query', metatype: ReportQuery });

describe('ReportQuery', () => {
  it("takes the CSV's separator and the headers' language", async () => {
    await expect(check({ ...SCOPE, format: 'csv', separator: ';', lang: 'da' })).resolves.toMatchObject({ separator: ';', lang: 'da' });
    await expect(check({ ...SCOPE, format: 'csv', separator: ',', lang: 'en' })).resolves.toMatchObject({ separator: ',', lang: 'en' });
  });

  it('refuses another separator or language with the allowed ones', async () => {
    const error = await check({ ...SCOPE, separator: '\t', lang: 'de' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'separator', code: 'not-in', params: { allowed: [',', ';'] } }),
        expect.objectContaining({ path: 'lang', code: 'not-in', params: { allowed: ['en', 'da'] } }),
      ]),
    });
  });
});
