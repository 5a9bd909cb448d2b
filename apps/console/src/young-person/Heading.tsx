import type { ReactNode } from 'react';

/** Each step's heading takes the focus as the step appears, so a screen reader starts reading there and not at the old button. */
export function Heading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 className={className} tabIndex={-1} ref={(node) => node?.focus()}>
      {children}
    </h1>
  );
}
