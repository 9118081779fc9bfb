/** The shapes that tie a subcommand's declaration to its lazily loaded handler. */
import type { CommandContext } from './context.js';

/** A command handler: gets the context, its arguments and options; returns the exit code. */
export type Handler = (ctx: CommandContext, ...args: never[]) => Promise<number>;

/** Wraps a lazily loaded handler into a commander action that records the exit code. */
export type Runner = (load: () => Promise<Handler>) => (...args: unknown[]) => Promise<void>;
