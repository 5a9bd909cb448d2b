import { InitialSchema1795548327009 } from './1795548327009-InitialSchema';

/** Every migration, in order. Listed explicitly so the same set runs from ts (tests) and js (dist). */
export const MIGRATIONS = [InitialSchema1795548327009];
