// One sentence a reader might meet, with the word in it and the entry it means (null: another
// sense, which PT Lens must leave unmarked).
export interface SenseCase {
  text: string;
  /** The word as written in the sentence. */
  word: string;
  /** The entry meant, or null when the sentence means the word's other sense. */
  entry: string | null;
}
