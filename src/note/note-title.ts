/** A note's title: its file name without the `.md` extension (Obsidian's own rule). */

/** The title of the note at vault path `path` (`/`-separated). */
export function titleOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}
