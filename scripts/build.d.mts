/** Types for scripts/build.mjs (plain JavaScript, so it runs before anything is compiled). */
export declare const ROOT: string;
export declare const STAMP: string;
/** Why dist/ must be rebuilt, or null when it is up to date. */
export declare function staleReason(root?: string): string | null;
/** The entries (tsc's output) of `npm run ask`'s starter and command, and the CommonJS files they are bundled into. */
export declare const ASK_ENTRY: string;
export declare const ASK_BUNDLE: string;
export declare const ASK_COMMAND_ENTRY: string;
export declare const ASK_COMMAND_BUNDLE: string;
/** Bundles `npm run ask` into ASK_COMMAND_BUNDLE and its starter into ASK_BUNDLE; returns 0 on success, 1 on failure. */
export declare function bundleAsk(root?: string): number;
/** Runs tsc, then bundles `npm run ask`, and on success records the build; returns the exit code. `needsBundle: false` (npm start) only reports a failed bundle. */
export declare function build(root?: string, options?: { needsBundle?: boolean }): number;
