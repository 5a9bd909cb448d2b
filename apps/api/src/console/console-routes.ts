import { YOUNG_PERSON_PAGE } from '../../../../libs/young-person-links/young-person-page';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * The console's pages (apps/console/src/App.tsx). Their paths are the API's own, so a link in a mail (libs/notifications names
 * /mentorships/<id> and /escalations/<id>, libs/nudges /nudges/<id>, the daily digest /nudges) opens the page in a browser and
 * the same address still answers JSON to a program.
 */
const PAGES = [
  /^\/$/,
  /^\/mentorships$/,
  new RegExp(`^/mentorships/${UUID}$`),
  /^\/escalations$/,
  new RegExp(`^/escalations/${UUID}$`),
  // A coordinator's mentors.
  /^\/mentors$/,
  new RegExp(`^/mentors/${UUID}$`),
  // Programs and reports (administrators, coordinators).
  /^\/programs$/,
  new RegExp(`^/programs/${UUID}$`),
  new RegExp(`^/programs/${UUID}/versions/[1-9][0-9]*$`),
  /^\/reports$/,
  // A referrer's own referrals, and referring a young person herself.
  /^\/my-referrals(\/new)?$/,
  // A new referral (coordinators).
  /^\/referrals\/new$/,
  // A mentor's own phone pages.
  new RegExp(`^/mentors/${UUID}/(young-people|path)$`),
  // Her open nudges, which the daily digest links to (activities/notifications/delivery.activities.ts).
  /^\/nudges$/,
  // The page every nudge mail links to (libs/nudges/nudge-delivery-planner.ts).
  new RegExp(`^/nudges/${UUID}$`),
];

export function isConsolePage(path: string): boolean {
  return PAGES.some((page) => page.test(path));
}

/** The young person's page her mailed link opens (young-person.html): public, as she has no account. */
export function isYoungPersonPage(path: string): boolean {
  return path === YOUNG_PERSON_PAGE;
}
