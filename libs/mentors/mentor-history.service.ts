import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { GroupMeeting, GroupMeetingAttendance, GroupMeetingKind, Mentor, MentorPathEvent } from '../persistence/entities';
import { invalidInput } from '../validation/coded-exceptions';
import { problemAt } from '../validation/problems';

export interface GroupMeetingInput {
  programId: string;
  kind: GroupMeetingKind;
  heldOn: string;
  attendeeMentorIds: string[];
}

export type MentorHistoryEntry =
  | { type: 'path'; at: string; kind: string; phase: string; by: string; detail: Record<string, string> }
  | { type: 'group-meeting'; at: string; kind: GroupMeetingKind; meetingId: string };

/** What a mentor has been through: the path's steps and the group meetings attended. */
@Injectable()
export class MentorHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a meeting with its attendance in one transaction; every attendee must be a mentor of the program. */
  async recordGroupMeeting(input: GroupMeetingInput, recordedBy: string): Promise<GroupMeeting> {
    return this.dataSource.transaction(async (manager) => {
      const mentors = await manager.find(Mentor, { where: { id: In(input.attendeeMentorIds), programId: input.programId } });
      const unknown = input.attendeeMentorIds.filter((id) => !mentors.some((mentor) => mentor.id === id));
      if (unknown.length) {
        throw invalidInput([problemAt('attendeeMentorIds', 'not-mentors-of-program', { program: input.programId, ids: unknown })]);
      }
      const meeting = await manager.save(
        manager.create(GroupMeeting, { programId: input.programId, kind: input.kind, heldOn: input.heldOn, recordedBy }),
      );
      await manager.insert(
        GroupMeetingAttendance,
        input.attendeeMentorIds.map((mentorId) => ({ meetingId: meeting.id, mentorId })),
      );
      return meeting;
    });
  }

  async history(mentorId: string): Promise<MentorHistoryEntry[]> {
    const [events, attended] = await Promise.all([
      this.dataSource.getRepository(MentorPathEvent).find({ where: { mentorId } }),
      this.dataSource.getRepository(GroupMeetingAttendance).find({ where: { mentorId }, relations: { meeting: true } }),
    ]);
    const entries: MentorHistoryEntry[] = [
      ...events.map((e) => ({ type: 'path' as const, at: e.at.toISOString(), kind: e.kind, phase: e.phase, by: e.by, detail: e.detail })),
      ...attended.map(({ meeting }) => ({
        type: 'group-meeting' as const,
        at: meeting!.heldOn,
        kind: meeting!.kind,
        meetingId: meeting!.id,
      })),
    ];
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }
}
