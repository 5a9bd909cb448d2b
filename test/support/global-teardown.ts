/** Stops what global-setup started, newest first. */
export default async function globalTeardown(): Promise<void> {
  const stops = (globalThis as { __mentorflowStops?: Array<() => Promise<void>> }).__mentorflowStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
