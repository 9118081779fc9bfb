/** A review's grade, as Anki's four answer buttons and ts-fsrs number them. */
export type Grade = 1 | 2 | 3 | 4;

/** Every grade, lowest first. */
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
