import { guarded, ShoulouError } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import { parseWith } from "../core/schema";
import { formatMinutes } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { addDaysAt } from "./due-dates";
import { refuseOversizedSelection } from "./input-bounds";
import type { CardForfeit, CardStanding, UnitAllocation, UnitPicksOutcome } from "./outcomes";
import { subscriptionPolicySchema, type SubscriptionPolicyInput } from "./policy";
import { assertUniqueCards, dayGroups, eventDates, placeCards, serviceOrder } from "./schedule";
import { unitPicksInputSchema, type UnitPicksInput } from "./schema";

/**
 * Resolves a selection event: cards are served in order, each takes its first preferences still
 * free (the lower card wins a contested unit), one card one unit; absent cards and cards that pick
 * nothing are void with the refund date; carried cards that pick nothing are forfeited.
 *
 * @remarks SUB-EV-1/2/3/4/5/7 (《房地产销售现场管理关系客户购买须知》篇1 一.2, 二.1–4, 三.4); the
 * day's groups as in {@link planSelectionEvent}. At most 100,000 cards and 100,000 units, 1,000
 * preferences a card and 2,000,000 in all.
 * @param input - units on sale, cards with `present`, `preferences`, `ifNotReached`, and the event's dates
 * @param policy - a subscription policy (`subscriptionPresets.changzhouOlympicGarden`)
 * @returns allocations, forfeits (with refund due date and amount), carried, not reached and villa cards, each with its trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `DUPLICATE` (a card, unit, preference or date
 * twice), `UNKNOWN_REFERENCE` (a preference for a unit not on sale), `MISSING_PARAMETER`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (a list past its limit; a refund date after 9999-12-31, at the date it runs from)
 * @example
 * ```ts
 * const r = resolveUnitPicks({ dates: ["2024-09-26"], units: ["A-101", "A-102"], cards: [{ number: 2, preferences: ["A-101", "A-102"] }, { number: 1, preferences: ["A-101"] }, { number: 3, present: false }] }, subscriptionPresets.changzhouOlympicGarden);
 * r.allocations.map((a) => [a.card, a.units[0]]); //=> [[1, "A-101"], [2, "A-102"]]
 * r.forfeits[0].refund; //=> { amount: null, dueBy: "2024-09-29" }
 * r.allocations[1].trace[1]; //=> { rule: "SUB-EV-7", fact: "taken", data: { taken: 1, units: ["A-101"], byCards: [1] } }
 * explainTrace(r.allocations[1].trace, { locale: "en" })[1]; //=> "SUB-EV-7 1 preferred unit(s) already taken by cards served earlier, e.g. A-101 (cards 1)"
 * ```
 * @category Subscription
 */
export function resolveUnitPicks(input: UnitPicksInput, policy: SubscriptionPolicyInput = {}): UnitPicksOutcome {
  return guarded(() => {
    refuseOversizedSelection(input);
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    const data = parseWith(unitPicksInputSchema, input, "INVALID_INPUT");
    assertUniqueCards(data.cards, []);
    const onSale = new Set<string>();
    data.units.forEach((u, i) => {
      if (onSale.has(u)) throw new ShoulouError("DUPLICATE", ["units", i], `unit ${u} is listed twice`);
      onSale.add(u);
    });
    data.cards.forEach((c, i) => {
      const mine = new Set<string>();
      c.preferences.forEach((u, j) => {
        if (!onSale.has(u)) throw new ShoulouError("UNKNOWN_REFERENCE", ["cards", i, "preferences", j], `unit ${u} is not on sale`);
        if (mine.has(u)) throw new ShoulouError("DUPLICATE", ["cards", i, "preferences", j], `unit ${u} is preferred twice`);
        mine.add(u);
      });
    });
    const dates = eventDates(data, p);
    const groups = dayGroups(p);
    const lastDate = dates[dates.length - 1] ?? "";
    // Where a refund window runs from, in the caller's data: the notice date, or the event day it came from.
    const dateIndex = new Map((data.dates ?? []).map((d, i) => [d, i] as const));
    const noticePath = (notice: string): (string | number)[] =>
      data.noticeDate !== undefined ? ["noticeDate"] : data.dates === undefined ? ["year"] : ["dates", dateIndex.get(notice) ?? 0];
    const refund = (card: { intentionMoney?: string | undefined }, day: string) => {
      const notice = data.noticeDate ?? day;
      const money = card.intentionMoney ?? p.intentionMoney;
      const dueBy = addDaysAt(notice, p.refundWindowDays, noticePath(notice), "the refund date (notice + refundWindowDays)");
      return { amount: money === undefined ? null : fenToYuan(toFen(money)), dueBy };
    };
    const ev3 = (r: { amount: string | null; dueBy: string }) =>
      r.amount === null
        ? step("SUB-EV-3", "refund-unknown-amount", { dueBy: r.dueBy, windowDays: p.refundWindowDays })
        : step("SUB-EV-3", "refund", { dueBy: r.dueBy, windowDays: p.refundWindowDays, amount: r.amount });

    const allocations: UnitAllocation[] = [];
    const forfeits: CardForfeit[] = [];
    const carried: CardStanding[] = [];
    const notReached: (CardStanding & { options: ("carry-to-next-event" | "give-up")[] })[] = [];
    const villaReserved: CardStanding[] = [];
    const takenBy = new Map<string, number>();

    for (const c of data.cards) {
      if (c.villaRoute === "reserve") villaReserved.push({ card: c.number, trace: [VILLA_RESERVED] });
      else if (c.villaRoute === "give-up") {
        const r = refund(c, data.noticeDate ?? dates[0] ?? lastDate);
        forfeits.push({ card: c.number, reason: "villa-given-up", date: null, refund: r, trace: [VILLA_GIVEN_UP, ev3(r)] });
      }
    }
    const ordered = serviceOrder(data.cards.filter((c) => c.villaRoute === undefined), p);
    const { places } = placeCards(ordered, dates.length, groups, p);
    ordered.forEach((c, i) => {
      const place = places[i];
      if (place === undefined) {
        if (c.carried || c.ifNotReached === "give-up") {
          const r = refund(c, lastDate);
          forfeits.push({ card: c.number, reason: c.carried ? "carried-no-pick" : "gave-up", date: null, refund: r, trace: [c.carried ? CARRIED_NOT_REACHED : GAVE_UP, ev3(r)] });
        } else if (c.ifNotReached === "carry") carried.push({ card: c.number, trace: [CARRIED] });
        else notReached.push({ card: c.number, options: ["carry-to-next-event", "give-up"], trace: [NOT_REACHED] });
        return;
      }
      const date = dates[place.day] ?? lastDate;
      const slot = groups[place.group];
      const trace: TraceStep[] = [
        step("SUB-EV-1", c.carried ? "served-carried" : "served", { position: i + 1, date, group: place.group + 1, start: formatMinutes(slot?.start ?? 0) }),
      ];
      const units: string[] = [];
      const ranks: number[] = [];
      const lostUnits: string[] = []; // the first five, named; the rest counted
      const lostTo: number[] = [];
      let lostCount = 0;
      if (c.present)
        for (let j = 0; j < c.preferences.length && units.length < p.unitsPerCard; j++) {
          const u = c.preferences[j] ?? "";
          const holder = takenBy.get(u);
          if (holder === undefined) {
            units.push(u);
            ranks.push(j + 1);
            takenBy.set(u, c.number);
          } else if (++lostCount <= 5) {
            lostUnits.push(u);
            lostTo.push(holder);
          }
        }
      if (lostCount > 0) trace.push(step("SUB-EV-7", "taken", { taken: lostCount, units: lostUnits, byCards: lostTo }));
      if (units.length > 0) {
        trace.push(step("SUB-EV-2", "subscribes", { units, ranks, unitsPerCard: p.unitsPerCard }));
        allocations.push({ card: c.number, units, ranks, date, group: place.group + 1, trace });
        return;
      }
      const r = refund(c, date);
      const reason = c.carried ? "carried-no-pick" : c.present ? "no-pick" : "absent";
      trace.push(c.present ? NO_PICK : ABSENT);
      if (c.carried) trace.push(CARRIED_NO_PICK);
      trace.push(ev3(r));
      forfeits.push({ card: c.number, reason, date, refund: r, trace });
    });
    const byCard = (a: { card: number }, b: { card: number }) => a.card - b.card;
    forfeits.sort(byCard);
    villaReserved.sort(byCard);
    const unitsLeft = onSale.size - takenBy.size;
    const trace = [
      step("SUB-EV-1", "order", { cards: ordered.length, days: dates.length, dailyCap: p.dailyCap, order: p.cardOrder }),
      step("SUB-EV-7", "outcome", {
        allocated: allocations.length,
        forfeited: forfeits.length,
        carried: carried.length,
        notReached: notReached.length,
        villaReserved: villaReserved.length,
        units: onSale.size,
        unitsLeft,
      }),
    ];
    return { allocations, forfeits, carried, notReached, villaReserved, unitsLeft, trace };
  });
}

// Steps without figures, built once, frozen, and shared by every card they apply to.
const VILLA_RESERVED = Object.freeze(step("SUB-EV-4", "reserved"));
const VILLA_GIVEN_UP = Object.freeze(step("SUB-EV-4", "given-up"));
const CARRIED_NOT_REACHED = Object.freeze(step("SUB-EV-5", "carried-not-reached"));
const GAVE_UP = Object.freeze(step("SUB-EV-5", "gave-up"));
const CARRIED = Object.freeze(step("SUB-EV-5", "carried"));
const NOT_REACHED = Object.freeze(step("SUB-EV-5", "not-reached"));
const CARRIED_NO_PICK = Object.freeze(step("SUB-EV-5", "carried-no-pick"));
const NO_PICK = Object.freeze(step("SUB-EV-3", "no-pick"));
const ABSENT = Object.freeze(step("SUB-EV-3", "absent"));
