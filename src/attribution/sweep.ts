import { byTimeThenId, type Office, type PreparedEvent } from "./office";
import { applyEvent } from "./contact";
import { append, newOutcome, protectionSteps, settle, type Ctx, type GroupOutcome } from "./outcome";
import type { AttributionBasis } from "./schema";

/** One ownership change, keyed by the event that made it (for reading the past). */
interface Segment {
  readonly at: PreparedEvent;
  readonly owner: string;
  readonly basis: AttributionBasis;
  readonly until: number;
  readonly locked: boolean;
}

/** A group being run: its outcome, its sorted events, how far it has got. */
interface Run {
  readonly o: GroupOutcome;
  readonly events: readonly PreparedEvent[];
  next: number;
  running: boolean;
  segments: readonly Segment[];
}

/**
 * Runs customer groups lazily, each in its own time order (time, records before contacts, id).
 * When an introduction needs the introducer's owner, the introducer's group is run up to that
 * instant first (or, if it is already running, read from its recorded ownership changes), so
 * the result is the same whichever customer is asked first: O(n log n) overall, no global sort.
 * @remarks ATT-1 … ATT-5.
 * @category Attribution
 */
export interface Sweep {
  /** The finished outcome of a group (runs it to `asOf` if needed). */
  outcome(group: string): GroupOutcome;
}

/**
 * Creates the lazy {@link Sweep} of an office.
 * @remarks ATT-1 … ATT-5.
 * @param office - the prepared office.
 * @returns the sweep.
 * @category Attribution
 */
export function sweep(office: Office): Sweep {
  const runs = new Map<string, Run>();
  const runOf = (group: string): Run => {
    let r = runs.get(group);
    if (!r) {
      r = { o: newOutcome(group), events: office.byGroup.get(group) ?? NO_EVENTS, next: 0, running: false, segments: NO_SEGMENTS };
      runs.set(group, r);
    }
    return r;
  };
  const ctx: Ctx = {
    office,
    ownerAt: (group, p) => {
      const r = runOf(group);
      if (!r.running) advance(ctx, runOf, r, p);
      // The last change before p, by binary search: segments are recorded in event order, and an
      // introducer introducing many customers must not rescan its history for each of them.
      let lo = 0;
      let hi = r.segments.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (byTimeThenId((r.segments[mid] as Segment).at, p) < 0) lo = mid + 1;
        else hi = mid;
      }
      const seg = r.segments[lo - 1];
      if (seg === undefined || (!seg.locked && p.ms >= seg.until)) return { owner: null, basis: null };
      return { owner: seg.owner, basis: seg.basis };
    },
    segment: (o, at) => {
      // Only an introducer's ownership is ever read back (ownerAt), so only theirs is kept.
      if (o.owner === null || o.basis === null || !office.introducerGroups.has(o.group)) return;
      const r = runOf(o.group);
      r.segments = append(r.segments, { at, owner: o.owner, basis: o.basis, until: o.until, locked: o.dealDone });
    },
    protectionStep: protectionSteps(office),
  };
  // Introducers run before the customers they introduced (iterative post-order), so reading an
  // introducer's owner never recurses deeply, however long a referral chain is; only a cycle
  // of introductions falls back to running a group part-way, and only as deep as the cycle.
  const ordered = new Set<string>();
  const runAll = (root: string): void => {
    if (ordered.has(root)) return;
    const rootDeps = introducers(office, root);
    if (rootDeps.length === 0) return; // nothing to run first: outcome() runs the group itself
    const stack: { group: string; deps: readonly string[]; i: number }[] = [{ group: root, deps: rootDeps, i: 0 }];
    ordered.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1] as { group: string; deps: readonly string[]; i: number };
      const dep = top.deps[top.i++];
      if (dep !== undefined) {
        if (!ordered.has(dep)) {
          ordered.add(dep);
          stack.push({ group: dep, deps: introducers(office, dep), i: 0 });
        }
        continue;
      }
      stack.pop();
      const r = runOf(top.group);
      if (!r.running && r.next < r.events.length) advance(ctx, runOf, r, null);
    }
  };
  return {
    outcome: (group) => {
      runAll(group);
      const r = runOf(group);
      if (!r.running && r.next < r.events.length) advance(ctx, runOf, r, null);
      settle(ctx, r.o, office.asOfMs);
      return r.o;
    },
  };
}

/**
 * The groups whose owner `group` will ask for: introducers of introductions before its first
 * contact (later ones change nothing and are never looked up), in event order, without repeats.
 */
function introducers(office: Office, group: string): readonly string[] {
  let out: Set<string> | null = null;
  for (const p of office.byGroup.get(group) ?? NO_EVENTS) {
    if (p.ev.kind === "visit" || p.ev.kind === "call" || p.ev.kind === "deal") break;
    if (p.ev.kind !== "introduction") continue;
    const g = office.identity.groupOf(p.ev.introducer);
    if (g !== group) (out ??= new Set()).add(g);
  }
  return out === null ? NO_GROUPS : [...out];
}

const NO_EVENTS: readonly PreparedEvent[] = Object.freeze([]);
const NO_GROUPS: readonly string[] = Object.freeze([]);
const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);

/**
 * Runs `r`'s events that come strictly before `until` (all when null). Before an introduction
 * asks for its introducer's owner, the introducer's group is first run up to that instant — on an
 * explicit stack, not by recursion, so a referral chain or a cycle of introductions tens of
 * thousands long never exhausts the call stack. A group already on the stack (a cycle) is not run
 * again: its owner is read from the changes it has recorded so far, all of which come before the
 * instant asked about (each nested ask is earlier than the one that caused it).
 */
function advance(ctx: Ctx, runOf: (group: string) => Run, r: Run, until: PreparedEvent | null): void {
  const stack: { readonly run: Run; readonly until: PreparedEvent | null }[] = [{ run: r, until }];
  r.running = true;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { readonly run: Run; readonly until: PreparedEvent | null };
    const run = top.run;
    const p = run.events[run.next];
    if (p === undefined || (top.until !== null && byTimeThenId(p, top.until) >= 0)) {
      run.running = false;
      stack.pop();
      continue;
    }
    const dep = introducerToRun(ctx, runOf, run, p);
    if (dep !== null) {
      dep.running = true;
      stack.push({ run: dep, until: p });
      continue;
    }
    run.next++;
    applyEvent(ctx, run.o, p);
  }
}

/** The introducer's group that must run up to `p` before `p` (an introduction) can be applied, if any. */
function introducerToRun(ctx: Ctx, runOf: (group: string) => Run, run: Run, p: PreparedEvent): Run | null {
  if (p.ev.kind !== "introduction" || run.o.firstContactMs !== null) return null;
  const group = ctx.office.identity.groupOf(p.ev.introducer);
  if (group === p.group) return null;
  const dep = runOf(group);
  if (dep.running) return null;
  const next = dep.events[dep.next];
  return next !== undefined && byTimeThenId(next, p) < 0 ? dep : null;
}
