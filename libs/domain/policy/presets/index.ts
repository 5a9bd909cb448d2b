import { aalborgMentorCorpsPreset } from './aalborg-mentor-corps';
import { piftPreset } from './pift';
import type { ProgramPreset } from './program-preset';
import { vallensbaekPreset } from './vallensbaek';
import { youngConnectIIPreset } from './young-connect-ii';

export type { ProgramPreset } from './program-preset';

export const PROGRAM_PRESETS: readonly ProgramPreset[] = [piftPreset, youngConnectIIPreset, aalborgMentorCorpsPreset, vallensbaekPreset];

export function findPreset(slug: string): ProgramPreset | undefined {
  return PROGRAM_PRESETS.find((preset) => preset.slug === slug);
}
