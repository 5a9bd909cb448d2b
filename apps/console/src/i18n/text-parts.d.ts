// da.json and en.json in two parts, split at build time by translation-parts.ts (beside vite.config.ts): `?phone` is every
// page's, `?staff` the coordinators' pages' own (STAFF_SECTIONS).
declare module '*.json?phone' {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module '*.json?staff' {
  const texts: Record<string, unknown>;
  export default texts;
}
