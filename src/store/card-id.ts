/**
 * Card identity: the note's id (which survives renames) plus the card's note-local key (kind +
 * normalised prompt). Editing an answer keeps the id; editing a prompt or losing the note id resets it.
 */
import { sha256Hex } from '../text/sha256.js';

/** `sha256(noteId + ':' + key)`, first 16 hex digits (64 bits: collisions are not a practical concern). */
export function cardId(noteId: string, key: string): string {
  return sha256Hex(`${noteId}:${key}`).slice(0, 16);
}
