// An error the user can fix: input that cannot be read or is not what the command takes. The CLI
// reports it as bad input (exit 2); any other error is a bug in Trailform (exit 1).

export class InputError extends Error {}
