import { ShoulouError } from "../core/errors";

/**
 * The error for an id listed twice in `list`: the path of the second, both paths in `issues`.
 * @remarks ATT-CH-7 (a customer is one register entry); events are told apart by id.
 * @param list - `"events"` or `"customers"`.
 * @param first - index of the first entry with the id.
 * @param second - index of the second.
 * @param what - what is repeated, for the message.
 * @returns the {@link core!ShoulouError} to throw.
 * @category Attribution
 */
export function duplicate(list: "events" | "customers", first: number, second: number, what: string): ShoulouError {
  const paths = [[list, first, "id"], [list, second, "id"]] as const;
  const message = `${what.length > 80 ? `${what.slice(0, 80)}…` : what} appears twice: ${list}[${first}] and ${list}[${second}]`;
  return new ShoulouError("DUPLICATE", paths[1], message, { issues: paths.map((path) => ({ path, message })), details: { paths } });
}
