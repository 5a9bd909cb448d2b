import { DataSource } from 'typeorm';
import { CheckIn, Meeting, MissedBy, MissedMeeting } from '../persistence/entities';

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

export interface MissedMeetingRow {
  missedMeetingId: string;
  mentorshipId: string;
  plannedOn: string;
  missedBy: MissedBy;
  loggedBy: string;
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

/** A planned meeting that did not happen: the API stores it (runs begun before it did write it from the workflow, by the same id). */
export async function insertMissedMeeting(dataSource: DataSource, row: MissedMeetingRow): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(MissedMeeting)
    .values({
      id: row.missedMeetingId,
      mentorshipId: row.mentorshipId,
      plannedOn: row.plannedOn,
      missedBy: row.missedBy,
      loggedBy: row.loggedBy,
    })
    .orIgnore()
    .returning('id')
    .execute();
  return (result.raw as unknown[]).length > 0;
}
