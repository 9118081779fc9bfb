/**
 * The exported calendar events (migration 009): what the last export said about each UID, read
 * before an export and written after it in one transaction.
 */
import type { LocalDate } from '../note/types.js';
import type { Db, Statement } from './open-database.js';

/** One exported event as last written. */
export interface ExportedEvent {
  uid: string;
  noteId: string;
  date: LocalDate;
  /** The event's content as exported (date, texts, status): a change bumps the sequence. */
  fingerprint: string;
  cancelled: boolean;
  sequence: number;
  modifiedAt: Date;
}

type Row = [string, string, string, string, number, number, string];

/** Reads and writes of the exported events, bound to one connection. */
export class CalendarQueries {
  private readonly all: Statement<[], Row>;
  private readonly upsert: Statement;
  private readonly saveAll: (events: readonly ExportedEvent[]) => void;

  constructor(db: Db) {
    this.all = db
      .prepare<[], Row>(
        'SELECT uid, note_id, date, fingerprint, cancelled, sequence, modified_at FROM calendar_events',
      )
      .raw(true);
    this.upsert = db.prepare(
      `INSERT INTO calendar_events (uid, note_id, date, fingerprint, cancelled, sequence, modified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (uid) DO UPDATE SET note_id = excluded.note_id, date = excluded.date,
         fingerprint = excluded.fingerprint, cancelled = excluded.cancelled,
         sequence = excluded.sequence, modified_at = excluded.modified_at`,
    );
    this.saveAll = db.transaction((events: readonly ExportedEvent[]) => {
      for (const e of events) {
        const row = [e.uid, e.noteId, e.date, e.fingerprint, e.cancelled ? 1 : 0, e.sequence] as const;
        this.upsert.run(...row, e.modifiedAt.toISOString());
      }
    });
  }

  /** Every event ever exported, by UID. */
  exported(): Map<string, ExportedEvent> {
    const out = new Map<string, ExportedEvent>();
    for (const [uid, noteId, date, fingerprint, cancelled, sequence, modified] of this.all.iterate()) {
      const e = { uid, noteId, date, fingerprint, cancelled: cancelled === 1, sequence };
      out.set(uid, { ...e, modifiedAt: new Date(modified) });
    }
    return out;
  }

  /** Record what an export said (changed and new events only need be given). */
  save(events: readonly ExportedEvent[]): void {
    this.saveAll(events);
  }
}
