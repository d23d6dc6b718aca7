#!/usr/bin/env node
/**
 * The `shoulou` command: JSON in, JSON out, for shells, other languages and quick checks.
 *
 *   shoulou call <function> [arg …]   each arg is JSON, @file.json, - (stdin) or preset:<path>
 *   shoulou list                      the callable functions
 *   shoulou rules [module]            the rule catalogue
 *
 * The only place in src that may touch node: — the library itself stays pure.
 */
import { readFileSync } from "node:fs";
import * as shoulou from "../index";

const api = shoulou as unknown as Record<string, unknown>;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readArg(arg: string): unknown {
  if (arg === "-") return JSON.parse(readFileSync(0, "utf8"));
  if (arg.startsWith("@")) return JSON.parse(readFileSync(arg.slice(1), "utf8"));
  if (arg.startsWith("preset:")) {
    let value: unknown = api;
    for (const key of arg.slice(7).split(".")) {
      if (typeof value !== "object" || value === null || !(key in value)) fail(64, `no export at ${arg}`);
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }
  try {
    return JSON.parse(arg);
  } catch {
    return fail(64, `not JSON: ${arg} (use JSON, @file.json, - or preset:<path>)`);
  }
}

const [command, ...rest] = process.argv.slice(2);
const functions = Object.keys(api).filter((k) => typeof api[k] === "function" && /^[a-z]/.test(k)).sort();

if (command === "list") {
  process.stdout.write(`${functions.join("\n")}\n`);
} else if (command === "rules") {
  const entries = Object.entries(shoulou.ruleCatalogue).filter(([, r]) => !rest[0] || r.module === rest[0]);
  process.stdout.write(`${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
} else if (command === "call" && rest[0] && functions.includes(rest[0])) {
  const fn = api[rest[0]] as (...args: unknown[]) => unknown;
  const r = shoulou.attempt(() => fn(...rest.slice(1).map(readArg)));
  if (r.ok) process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
  else fail(2, JSON.stringify(r.error.toJSON(), null, 2));
} else {
  fail(64, "usage: shoulou call <function> [JSON | @file | - | preset:<path> …]\n       shoulou list\n       shoulou rules [module]");
}
