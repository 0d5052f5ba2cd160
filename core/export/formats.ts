// One table decides what each export is called, what it holds, and what its target tool cannot hold:
// the Export section, the command line and the README all read it.

export const EXPORT_FORMATS = {
  moodle: {
    label: "Moodle XML",
    target: "Moodle 4.0 or later (question bank import)",
    of: "questions",
    extension: "xml",
    mime: "application/xml",
    keeps:
      "Every question, in types every Moodle since 4.0 has: single and multiple choice with per-option feedback and partial credit, true/false, short answer with every accepted form, matching. Ordering questions become matching questions (give each item its place: 1st, 2nd...), tagged debrief-ordering. Options with a natural order are not shuffled. One category per topic; ids as Moodle ID numbers; difficulty and the questions that give each other's answers away as tags; explanation and cited sentence as general feedback.",
    loses:
      "Ordering questions are not Moodle's drag-to-order type here (the GIFT file has that type, for Moodle 4.4 or later). Moodle's short answer does not ignore accents or read numbers and dates by rule, so only the listed forms are accepted.",
    howTo: 'In Moodle: More, Question bank, Import; choose "Moodle XML format" and this file.',
  },
  gift: {
    label: "GIFT",
    target: "Moodle (GIFT text import); ordering questions need Moodle 4.4 or later",
    of: "questions",
    extension: "gift.txt",
    mime: "text/plain",
    keeps:
      "Single and multiple choice with per-option feedback and partial credit, true/false, short answer with every accepted form, matching, and ordering as Moodle's drag-to-order type. One category per topic; ids as Moodle ID numbers; difficulty and the questions that give each other's answers away as tags; explanation and cited sentence as general feedback.",
    loses:
      'Ordering questions need Moodle 4.4 or later (or the Ordering plugin) and carry no general feedback; on an older Moodle use Moodle XML. GIFT cannot keep options in a fixed order (the file names the questions on which to untick "Shuffle the choices?") and has no feedback per pair or per accepted form; a short answer containing "->" is left out.',
    howTo: 'In Moodle: More, Question bank, Import; choose "GIFT format" and this file.',
  },
  qti: {
    label: "QTI for Canvas",
    target: "Canvas (Import course content, QTI .zip file)",
    of: "questions",
    extension: "qti.zip",
    mime: "application/zip",
    keeps:
      "IMS QTI 1.2 in a content package: multiple choice, multiple answers, true/false, fill in the blank (short answer, every accepted form) and matching, with per-option feedback; ids as item identifiers; explanation and cited sentence as general feedback.",
    loses:
      "Ordering questions are left out: Canvas classic quizzes have no ordering type. Canvas scores multiple answers its own way and has no topics (all questions go into one quiz and its bank).",
    howTo: 'In Canvas: Settings, Import course content; choose "QTI .zip file" and this file.',
  },
  anki: {
    label: "Anki",
    target: "Anki 2.1 or later, in any language (open the file, or File, Import)",
    of: "cards",
    extension: "apkg",
    mime: "application/octet-stream",
    keeps:
      "Every card as a note of the package's own type, Debrief card (fields Debrief front and Debrief back), so it imports whatever language Anki speaks; the source quote on the back; the card id as the note's GUID, so a re-import updates instead of duplicating; the topic as a tag; the deck Debrief::<article>.",
    loses:
      "Your Debrief review history is not carried over. The file is built on this device by a SQLite engine (about 330 KiB) fetched on the first Anki download, which needs a connection; later downloads work offline.",
    howTo: "Open the file with Anki, or in Anki: File, Import, and choose it. The deck and note type come with it.",
  },
  quizlet: {
    label: "Quizlet",
    target: "Quizlet (the Import box of a new set)",
    of: "cards",
    extension: "quizlet.txt",
    mime: "text/plain",
    keeps: "Every card as a term (front) and definition (back, then the source quote).",
    loses: "Quizlet has no place for ids, topics or formatting; a re-import makes a new set.",
    howTo: 'In Quizlet: Create a set, Import; paste the file\'s text; keep "Tab" and "New line".',
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** True when `name` is one of the export formats. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
