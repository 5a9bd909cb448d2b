import type { ProgramPolicy } from '../program-policy';

/**
 * A ready-made policy for one of the programs the engine was built for, so a
 * coordinator starts from a known program instead of an empty form. Where each
 * value comes from is in docs/presets.md.
 */
export interface ProgramPreset {
  slug: string;
  name: string;
  description: string;
  policy: ProgramPolicy;
}
