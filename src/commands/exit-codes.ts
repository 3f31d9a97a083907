/** Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 usage, configuration or I/O error. */
export const exitCodes = {ok: 0, lintErrors: 1, usage: 2} as const
