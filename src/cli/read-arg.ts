import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { clip, UsageError } from "./output";

/** The most a file or standard input may hold: reading stops there (`@/dev/zero` ends). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** Reads a file descriptor in chunks, refusing past {@link MAX_INPUT_BYTES}. */
function readBounded(fd: number, what: string): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, buf, 0, CHUNK, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue; // a non-blocking stdin with nothing yet
      if (code === "EOF") break;
      throw new UsageError(`cannot read ${what}: ${code === "EISDIR" ? "it is a directory" : (code ?? "read error")}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new UsageError(`${what} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
};

function readFile(path: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(`cannot read ${what}: ${FILE_ERRORS[code] ?? code}`);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new UsageError(`cannot read ${what}: it is a directory`);
    return readBounded(fd, what);
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON text parsed, or a usage error that names where the text came from and the position of
 * the problem — never the text itself (JSON.parse's own message quotes it: `@/etc/passwd`).
 */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message))?.[1];
    throw new UsageError(`${what} is not JSON${at === undefined ? "" : ` (at character ${at})`}`);
  }
}

/** Looks up `preset:a.b` among the exports, through own properties only (`__proto__` is no preset). */
function preset(path: string, exports: object): unknown {
  let value: unknown = exports;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, key)) {
      throw new UsageError(`no preset at preset:${clip(path)}`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === "function" || value === exports) throw new UsageError(`no preset at preset:${clip(path)}`);
  return value;
}

/** Reads standard input at most once per command. */
export interface ArgReader {
  (arg: string): unknown;
}

/**
 * A reader of command-line arguments: JSON text, `@file.json`, `-` (standard input, once) or
 * `preset:<path>` (an exported preset, e.g. `preset:feeSchedules.chinaNational`).
 */
export function argReader(exports: object, options: { stdinTaken?: boolean } = {}): ArgReader {
  let stdinUsed = options.stdinTaken ?? false;
  return (arg) => {
    if (arg === "-") {
      if (stdinUsed) throw new UsageError(options.stdinTaken ? "standard input holds the JSON lines here: - cannot be an argument" : "standard input can be read once: use - for one argument only");
      stdinUsed = true;
      return parseJson(readBounded(0, "standard input"), "standard input");
    }
    if (arg.startsWith("@")) return parseJson(readFile(arg.slice(1), clip(arg)), clip(arg));
    if (arg.startsWith("preset:")) return preset(arg.slice(7), exports);
    return parseJson(arg, `the argument ${clip(arg)}`);
  };
}
