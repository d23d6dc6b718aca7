#!/usr/bin/env node
/**
 * The `shoulou` command: JSON in, JSON out, for shells and for programs in any language.
 * The only place in src that may touch node: — the library itself stays pure.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as shoulou from "../index";
import { runBatch } from "./batch";
import { explainResult } from "./explain";
import { callable } from "./functions";
import { clip, EXIT, json, UsageError } from "./output";
import { argReader } from "./read-arg";

const USAGE = `usage: shoulou <command> …

  shoulou call <function> [arg …] [--explain zh|en]
      calls a function; prints its JSON answer (with --explain: {"result", "explanation"},
      the explanation of every trace and refusal in the answer, keyed by JSON Pointer)
  shoulou batch <function> [arg …]
      each line of standard input (JSON) is the first argument; the args are the others;
      prints one JSON line per input line: {"ok":true,"result":…} or {"ok":false,"error":…}
  shoulou schema <function>   the JSON Schemas (2020-12) of its input and output
  shoulou list                the callable functions
  shoulou rules [module]      the rule catalogue, or one module's rules
  shoulou --help | --version

An arg is JSON text, @file.json, - (standard input) or preset:<path> (an exported preset,
e.g. preset:feeSchedules.chinaNational). Files and standard input are read up to 16 MB.

Exit codes: 0 an answer (a refusal the rules foresee is an answer), 2 a ShoulouError (its JSON on
standard error), 64 a usage problem.`;

const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));

/** The package's folder: the nearest one above this file whose package.json is shoulou's. */
function packageRoot(): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "shoulou") return dir;
    if (dirname(dir) === dir) throw new UsageError("cannot find shoulou's package.json");
  }
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

function schemaOf(name: string): unknown {
  const file = join(packageRoot(), "dist", "schemas", `${name}.json`);
  if (!existsSync(file)) throw new UsageError(`no JSON Schema for ${name}: build the package first (npm run build)`);
  return JSON.parse(readFileSync(file, "utf8"));
}

function functionNamed(name: string | undefined): (...args: unknown[]) => unknown {
  const fn = name === undefined ? undefined : callable.get(name);
  if (!fn) throw new UsageError(name === undefined ? "name a function (shoulou list)" : `no function ${clip(name)} (shoulou list)`);
  return fn as (...args: unknown[]) => unknown;
}

/** Takes `--explain zh|en` out of the arguments. */
function explainOption(args: string[]): { locale: "zh" | "en" | undefined; rest: string[] } {
  const i = args.indexOf("--explain");
  if (i < 0) return { locale: undefined, rest: args };
  const locale = args[i + 1];
  if (locale !== "zh" && locale !== "en") throw new UsageError("--explain takes zh or en");
  return { locale, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

function print(value: unknown): void {
  process.stdout.write(`${json(value, 2)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    case "--version":
    case "-v":
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    case "list":
      print([...callable.keys()]);
      return EXIT.ok;
    case "rules": {
      const entries = Object.entries(shoulou.ruleCatalogue).filter(([, r]) => rest[0] === undefined || r.module === rest[0]);
      print(Object.fromEntries(entries));
      return EXIT.ok;
    }
    case "schema":
      functionNamed(rest[0]);
      print(schemaOf(rest[0] as string));
      return EXIT.ok;
    case "call": {
      const { locale, rest: args } = explainOption(rest);
      const fn = functionNamed(args[0]);
      const read = argReader(shoulou);
      const values = args.slice(1).map(read);
      const r = shoulou.attempt(() => fn(...values));
      if (!r.ok) {
        process.stderr.write(`${json(r.error.toJSON(), 2)}\n`);
        return EXIT.error;
      }
      print(locale ? { result: r.value ?? null, explanation: explainResult(r.value, locale) } : r.value);
      return EXIT.ok;
    }
    case "batch": {
      const fn = functionNamed(rest[0]);
      const read = argReader(shoulou, { stdinTaken: true });
      await runBatch(fn, rest.slice(1).map(read));
      return EXIT.ok;
    }
    default:
      throw new UsageError(command === undefined ? "name a command" : `no command ${clip(command)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`shoulou: ${e.message}\nusage: shoulou --help\n`);
      process.exitCode = EXIT.usage;
    } else {
      throw e;
    }
  },
);
