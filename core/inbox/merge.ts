// The merge of two tabs' copies of the result inbox data (also merges a restored backup). Loaded with the schemas,
// only when there is saved data to merge (stores/saved/inbox.ts).
import { MAX_DELETED, type InboxData, type Outgoing, type TeacherInbox } from "./saved";

/** Both tabs' inboxes (the further cursor wins) and outboxes (a receipt wins); deleted inboxes stay deleted. */
export function combineInbox(saved: InboxData, mine: InboxData): InboxData {
  const deleted = [...new Set([...saved.deleted, ...mine.deleted])].slice(-MAX_DELETED);
  const gone = new Set(deleted);
  const inboxes: Record<string, TeacherInbox> = {};
  for (const i of [...Object.values(saved.inboxes), ...Object.values(mine.inboxes)]) {
    if (gone.has(i.id)) continue;
    const prev = inboxes[i.assignmentId];
    if (!prev || (prev.id !== i.id && i.createdAt > prev.createdAt)) inboxes[i.assignmentId] = i;
    else if (prev.id === i.id)
      inboxes[i.assignmentId] = { ...i, cursor: Math.max(prev.cursor, i.cursor), closed: prev.closed || i.closed };
  }
  const outbox: Record<string, Outgoing> = { ...saved.outbox };
  for (const o of Object.values(mine.outbox)) {
    const prev = outbox[o.code];
    if (!prev || (!prev.receipt && (o.receipt || o.attempts >= prev.attempts))) outbox[o.code] = o;
  }
  return { server: mine.server, inboxes, outbox, deleted };
}
