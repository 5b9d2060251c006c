/** Types for scripts/build.mjs (plain JavaScript, so it runs before anything is compiled). */
export declare const ROOT: string;
export declare const STAMP: string;
/** Why dist/ must be rebuilt, or null when it is up to date. */
export declare function staleReason(root?: string): string | null;
/** Runs tsc and, on success, records the build; returns tsc's exit code. */
export declare function build(root?: string): number;
