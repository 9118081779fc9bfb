/**
 * Colours of the review TUI, switched off as a whole under NO_COLOR. Ink colours through chalk 5,
 * which does not read NO_COLOR (only FORCE_COLOR and --no-color), so the views ask the theme for
 * every colour instead of naming it directly. Bold, dim and inverse stay: they are not colour.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Stage } from '../note/types.js';

/** Colour props to spread on an ink `<Text>`: `{}` when colour is off. */
export type Tint = (color: string) => { color?: string };

/** The theme a view reads: whether colour is on, and a `Tint` for foreground colours. */
export interface Theme {
  color: boolean;
  tint: Tint;
}

const withColor: Theme = { color: true, tint: (color) => ({ color }) };
const noColor: Theme = { color: false, tint: () => ({}) };

const ThemeContext = createContext<Theme>(withColor);

/** Provide the theme to the views below; `color` false is the NO_COLOR mode. */
export function ThemeProvider({ color, children }: { color: boolean; children: ReactNode }) {
  return <ThemeContext.Provider value={color ? withColor : noColor}>{children}</ThemeContext.Provider>;
}

/** The current theme. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** True when the NO_COLOR convention (no-color.org) asks for no colour: set and not empty. */
export function noColorRequested(env: Record<string, string | undefined>): boolean {
  return (env['NO_COLOR'] ?? '') !== '';
}

/** Each stage's colour, after the template's hearts: ❤ d1, 🧡 d4, 💛 d7, 💚 d14, 🧠 long-term. */
export const STAGE_COLOR: Readonly<Record<Stage, string>> = {
  d1: 'red',
  d4: '#ff8c00',
  d7: 'yellow',
  d14: 'green',
  'long-term': 'magenta',
  extra: 'cyan',
};
