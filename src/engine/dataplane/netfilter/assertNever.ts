/**
 * Closes a switch over a closed union: adding a member without handling it is a type error here, and reaching
 * it at run time (a value from outside the type system) fails loudly instead of silently falling through.
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
