/**
 * Every member of a union of strings as a list, for @IsIn and the API docs.
 * Written as a record so the compiler refuses a list that misses a member or
 * names one the union lacks: the union, declared once where its contract
 * lives (a workflow's messages), stays the one source.
 */
export function membersOf<Member extends string>(members: Record<Member, true>): Member[] {
  return Object.keys(members) as Member[];
}
