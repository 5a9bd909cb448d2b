import { DataSource } from 'typeorm';
import { CheckIn, Meeting } from '../persistence/entities';

export interface MeetingRow {
  meetingId: string;
  mentorshipId: string;
  mentorId: string;
  heldOn: string;
  minutes: number;
  placeKind: string;
  loggedBy: string;
}

export interface CheckInRow {
  checkInId: string;
  mentorshipId: string;
  party: string;
  heldOn: string;
  recordedBy: string;
}

/**
 * The rows of a course's contact: meetings and the program's check-ins. The
 * API writes them before the course counts them (runs begun before lean
 * histories also write them from the workflow); both keyed by id, so a second
 * write of the same one changes nothing. Resolves to whether this write stored it.
 */
export async function insertMeeting(dataSource: DataSource, row: MeetingRow): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(Meeting)
    .values({
      id: row.meetingId,
      mentorshipId: row.mentorshipId,
      mentorId: row.mentorId,
      heldOn: row.heldOn,
      minutes: row.minutes,
      placeKind: row.placeKind as Meeting['placeKind'],
      loggedBy: row.loggedBy,
    })
    .orIgnore()
    .returning('id')
    .execute();
  return (result.raw as unknown[]).length > 0;
}

export async function insertCheckIn(dataSource: DataSource, row: CheckInRow): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(CheckIn)
    .values({ id: row.checkInId, mentorshipId: row.mentorshipId, party: row.party, heldOn: row.heldOn, recordedBy: row.recordedBy })
    .orIgnore()
    .returning('id')
    .execute();
  return (result.raw as unknown[]).length > 0;
}
