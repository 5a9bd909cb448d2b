/**
 * The sections of da.json and en.json that only the coordinators' and administrators' pages use. They come with those pages
 * (lazily, through WithStaffTexts) instead of with a phone's first load, which must stay under 150 kB (issue 29);
 * staff-sections.spec.ts fails when a page of the first load uses one. A new section used by a coordinators' page only
 * belongs here.
 */
export const STAFF_SECTIONS: readonly string[] = [
  'agreement',
  'courses',
  'intake',
  'matching',
  'measurement',
  'mentors',
  'operators',
  'programs',
  'referral',
  'reports',
  'today',
];
