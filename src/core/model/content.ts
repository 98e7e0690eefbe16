/**
 * What a content folder holds, as the content reader (src/build/content/)
 * hands it to the edition's pipeline: the transcriptions as text, the
 * editor's sidecars, the settings and the authority files, already validated.
 */
import type { Warning } from '../schemas/document.ts';
import type { EditionSettings } from '../schemas/edition.ts';
import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';
import type { Sidecar } from '../schemas/sidecar.ts';

/** One transcription as found on disk, with the editor's sidecar if there is one. */
export interface RawDocument {
  /** The document's id: its file name made safe and unique (src/build/content/document-ids.ts). */
  id: string;
  /** Path relative to the content folder, `/`-separated. */
  sourceFile: string;
  /** The text, decoded (src/build/content/decode-text.ts); empty when the file could not be read. */
  text: string;
  sidecar: Sidecar | null;
  /** Path of the sidecar relative to the content folder, when there is one. */
  sidecarFile: string | null;
  /** The line of the sidecar each value in force starts on (`{ date: 1 }`), for the editor's review. */
  sidecarLines?: Record<string, number>;
  /** Problems with the file, its name or its sidecar (whose values are then left out one by one); the document itself is kept. */
  warnings: Warning[];
}

/** Everything a content folder holds, read and validated. */
export interface ContentInput {
  /** Absolute path of the content folder. */
  dir: string;
  settings: EditionSettings;
  documents: RawDocument[];
  people: PersonEntry[];
  places: PlaceEntry[];
  /** Problems with edition.yaml, people.yaml, places.yaml and files beside the transcriptions: `file:line: message`. */
  problems: string[];
}
