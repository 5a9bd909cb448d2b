/** The console's page a young person's link opens (below MENTORFLOW_APP_URL); the mail adds `?token=…`. */
export const YOUNG_PERSON_PAGE = '/young-person';
