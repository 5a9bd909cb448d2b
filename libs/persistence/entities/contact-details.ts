import { Column } from 'typeorm';

export const NOTIFICATION_LANGUAGES = ['da', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** Who a person is and how to reach them; embedded in every kind of person. */
export class ContactDetails {
  @Column({ name: 'name', length: 200 }) name!: string;
  @Column({ name: 'email', type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ name: 'phone', type: 'varchar', length: 32, nullable: true }) phone!: string | null;
  @Column({ name: 'language', type: 'varchar', length: 2, default: 'da' }) language!: NotificationLanguage;
}
