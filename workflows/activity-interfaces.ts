/**
 * The public methods of an activity provider. Providers keep private fields
 * (a repository, a client) under the same names, and TypeScript reduces an
 * intersection of classes with clashing private fields to `never`; the
 * methods alone combine, so one proxy can serve several providers.
 */
export type ActivitiesOf<Provider> = { [Method in keyof Provider]: Provider[Method] };
