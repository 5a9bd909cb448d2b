import { use, type ReactNode } from 'react';
import { loadStaffTexts } from './i18n';

let staffTexts: Promise<void> | undefined;

/** A coordinators' page, shown once their texts are in (it suspends meanwhile): a phone's first load goes without them. */
export function WithStaffTexts({ children }: { children: ReactNode }) {
  use((staffTexts ??= loadStaffTexts()));
  return <>{children}</>;
}
