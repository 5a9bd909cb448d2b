import { ACTORS, Actor, Fixtures, World } from './access-world';

/** The access matrix's rows, and the shorthands its cells are written in. */

/** One operation of the API and who may call it. */
export interface Row {
  /** As the OpenAPI document names it: method and path template. */
  route: string;
  /**
   * The request on the world's data, with a valid body so that a relation check after validation is reached; `target` is the fresh object,
   * for a row that makes one.
   */
  call: (w: World, target?: string) => { path: string; body?: object };
  /**
   * The status each actor with access gets; every other actor must get 403. A 409 is access granted, the command refused by the phase of
   * what it acts on.
   */
  allowed: Partial<Record<Actor, number>>;
  /**
   * For a row whose allowed call changes what it acts on: a fresh object with the same relations for each allowed actor, so no cell depends
   * on another (actors without access try the world's: they are refused before anything changes).
   */
  fresh?: (make: Fixtures, w: World) => Promise<string>;
  /**
   * Fields the personal-data scan leaves out on this route, because here they are not a person's data (a token's name, the caller's own
   * ids).
   */
  notPersonal?: string[];
}

export const everyone = (status: number, ...except: Actor[]) =>
  Object.fromEntries(ACTORS.filter((actor) => !except.includes(actor)).map((actor) => [actor, status])) as Partial<Record<Actor, number>>;
export type Allowed = Partial<Record<Actor, number>>;
export const allow = (status: number, ...actors: Actor[]): Allowed => Object.fromEntries(actors.map((actor) => [actor, status]));
/** Every coordinator gets a list (each her own part of it). */
export const anyCoordinator = (status: number) => allow(status, 'coordinator', 'coordinator-other', 'municipal-other');
/** Both coordinators of the world's program: what belongs to the program as a whole (its mentors, panel, policy). */
export const ofTheProgram = (status: number) => allow(status, 'coordinator', 'municipal-other');

/** Who may do what with an archivable kind: create, list, read the world's row, change or archive it. */
interface KindAccess {
  create: Allowed;
  list: Allowed;
  read: Allowed;
  change: Allowed;
}

/** The five routes of an archivable kind (archivable-crud.controller.ts); a patch and an archive act on a fresh row. */
export function archivableRows(
  path: string,
  create: (w: World) => object,
  patch: object,
  own: (w: World) => string,
  access: KindAccess,
): Row[] {
  const fresh = (make: Fixtures, w: World) => make.row(path, create(w));
  return [
    { route: `POST ${path}`, call: (w) => ({ path, body: create(w) }), allowed: access.create },
    { route: `GET ${path}`, call: () => ({ path }), allowed: access.list },
    { route: `GET ${path}/{id}`, call: (w) => ({ path: `${path}/${own(w)}` }), allowed: access.read },
    { route: `PATCH ${path}/{id}`, call: (w, id = own(w)) => ({ path: `${path}/${id}`, body: patch }), allowed: access.change, fresh },
    { route: `DELETE ${path}/{id}`, call: (w, id = own(w)) => ({ path: `${path}/${id}` }), allowed: access.change, fresh },
  ];
}
export const administered = (admin: Allowed): KindAccess => ({
  create: allow(201, 'program-admin'),
  list: { ...admin, 'program-admin': 200 },
  read: { ...admin, 'program-admin': 200 },
  change: allow(200, 'program-admin'),
});
