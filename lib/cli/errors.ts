/** A mistake in how the tool was called or in a pack: reported as a message with exit code 2. */
export class UsageError extends Error {}
