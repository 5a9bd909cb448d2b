import { use, type ReactNode } from 'react';
import { loadStaffTexts } from './i18n';

let staffTexts: Promise<void> | undefined;
let staffTextsIn = false;

/** The coordinators' texts, fetched once; main.tsx asks before the first render when she is a coordinator. */
export function preloadStaffTexts(): Promise<void> {
  return (staffTexts ??= loadStaffTexts().then(() => void (staffTextsIn = true)));
}

/**
 * A coordinators' page, shown once their texts are in (it suspends meanwhile): a phone's first load goes without them. Once they are in
 * it does not `use()` them at all, since a promise React has not seen before suspends it even when already resolved.
 */
export function WithStaffTexts({ children }: { children: ReactNode }) {
  if (!staffTextsIn) use(preloadStaffTexts());
  return <>{children}</>;
}
