/** The languages a report's CSV headers are written in. */
export const CSV_LANGUAGES = ['en', 'da'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

/** Danish words for the reports' column names, so a Danish spreadsheet reads as Danish; the English names are the keys. */
const DANISH: Record<string, string> = {
  figure: 'nøgletal',
  value: 'værdi',
  instrument: 'måleredskab',
  measured_through: 'målt_til_og_med',
  n: 'antal',
  due_point: 'målepunkt',
  mean: 'gennemsnit',
  likely_depression: 'sandsynlig_depression',
  poor: 'lav_trivsel',
  good: 'god_trivsel',
  change_from_start: 'ændring_fra_start',
  municipality: 'kommune',
  referrals: 'henvisninger',
  quota: 'kvote',
  share_of_quota: 'andel_af_kvote',
  days_to_match_mean: 'dage_til_match_gennemsnit',
  days_to_match_median: 'dage_til_match_median',
  matched: 'matchet',
  declined: 'afslået',
  rematched: 'genmatchet',
};

/** A header row in the language asked for; a name without a Danish word stays as it is. */
export function headersIn(language: CsvLanguage, header: string[]): string[] {
  return language === 'da' ? header.map((name) => DANISH[name] ?? name) : header;
}
