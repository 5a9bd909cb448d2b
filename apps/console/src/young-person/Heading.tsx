import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Each step's heading takes the focus once, as the step appears, so a screen reader starts reading there and not at the old button
 * (once: a later render, e.g. an answer chosen, leaves the focus where she is).
 */
export function Heading({ children, className }: { children: ReactNode; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 className={className} tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
