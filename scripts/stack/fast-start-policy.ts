import { piftPreset } from '../../libs/domain/policy/presets/pift';

/**
 * PIFT's policy for adults only (18–30), for drives through the API that are
 * about something else than the mentor's path: with no minors, no screening
 * step is legally required and no course either, so a mentor is approved at
 * once and a course can start the day she is referred. No quiet hours, so
 * nothing depends on the hour it runs at. Callers spread their own changes on top.
 */
export const FAST_START_POLICY = {
  ...piftPreset.policy,
  ageRange: { min: 18, max: 30 },
  screening: { ...piftPreset.policy.screening, steps: [], childOffenceCertificateForMenteesUnder: 18 },
  course: { ...piftPreset.policy.course, required: false },
  notifications: { timeZone: 'Europe/Copenhagen', quietHours: { from: '00:00', to: '00:00' } },
};
