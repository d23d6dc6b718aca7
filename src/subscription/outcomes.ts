import type { TraceStep } from "../core/trace";

/**
 * The plain-data answers of the selection day: what {@link planSelectionEvent} and
 * {@link resolveUnitPicks} return.
 */
/** One group of the selection day, with its local times as ISO instants. @category Subscription */
export interface SelectionGroup {
  readonly group: number;
  readonly start: string;
  readonly end: string;
  readonly cards: readonly number[];
}

/** One day of the selection event. @category Subscription */
export interface SelectionDay {
  readonly date: string;
  readonly viewing: { readonly from: string; readonly to: string } | null;
  readonly briefing: string | null;
  readonly breaks: readonly { readonly from: string; readonly to: string; readonly label: string | null }[];
  readonly groups: readonly SelectionGroup[];
  readonly cards: number;
  /** Why the day stopped: every card served, the daily cap, or the clock. */
  readonly closedBy: "all-served" | "daily-cap" | "latest-end";
}

/** A card the event does not reach, with the holder's options (SUB-EV-5). @category Subscription */
export interface UnreachedCard {
  readonly card: number;
  readonly options: readonly ("carry-to-next-event" | "give-up")[];
  /** A card already carried from an earlier event that is not reached again is forfeited. */
  readonly automaticForfeit: boolean;
}

/** A villa card and the routes open to it (SUB-EV-4). @category Subscription */
export interface VillaCardOptions {
  readonly card: number;
  readonly route: "reserve" | "give-up" | null;
  readonly options: readonly ("pick-today" | "villa-reservation" | "give-up")[];
}

/** The plan of a selection event: days → groups → cards, and the cards it does not reach. @category Subscription */
export interface SelectionPlan {
  readonly release: string | null;
  readonly timeZone: string;
  readonly dates: readonly string[];
  readonly days: readonly SelectionDay[];
  readonly notReached: readonly UnreachedCard[];
  readonly villa: readonly VillaCardOptions[];
  readonly trace: readonly TraceStep[];
}

/** A card that got its unit(s). @category Subscription */
export interface UnitAllocation {
  readonly card: number;
  readonly units: readonly string[];
  /** 1-based rank of each unit in the card's preferences. */
  readonly ranks: readonly number[];
  readonly date: string;
  readonly group: number;
  readonly trace: readonly TraceStep[];
}

/** A card that lost its priority and is void, with the intention-money refund due (SUB-EV-3/4/5). @category Subscription */
export interface CardForfeit {
  readonly card: number;
  readonly reason: "absent" | "no-pick" | "carried-no-pick" | "gave-up" | "villa-given-up";
  /** The day the card was called, or null when it never was. */
  readonly date: string | null;
  /** Refund of the intention money if the card is returned by `dueBy`; amount null when not known. */
  readonly refund: { readonly amount: string | null; readonly dueBy: string };
  readonly trace: readonly TraceStep[];
}

/** A card whose outcome is not a unit or a forfeit: carried, not reached, or holding a villa reservation. @category Subscription */
export interface CardStanding {
  readonly card: number;
  readonly trace: readonly TraceStep[];
}

/** The outcome of a selection event: every card exactly once. @category Subscription */
export interface UnitPicksOutcome {
  readonly allocations: readonly UnitAllocation[];
  readonly forfeits: readonly CardForfeit[];
  /** Not reached, priority carried to the next event (SUB-EV-5). */
  readonly carried: readonly CardStanding[];
  /** Not reached and the holder has not chosen yet: options carry or give up (SUB-EV-5). */
  readonly notReached: readonly (CardStanding & { readonly options: readonly ("carry-to-next-event" | "give-up")[] })[];
  /** Signed a villa reservation agreement instead (SUB-EV-4). */
  readonly villaReserved: readonly CardStanding[];
  readonly unitsLeft: number;
  readonly trace: readonly TraceStep[];
}
