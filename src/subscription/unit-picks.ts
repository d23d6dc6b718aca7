import { guarded, ShoulouError } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import { parseWith } from "../core/schema";
import { addDays, formatMinutes } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { CardForfeit, CardStanding, UnitAllocation, UnitPicksOutcome } from "./outcomes";
import { subscriptionPolicySchema, type SubscriptionPolicyInput } from "./policy";
import { assertUniqueCards, dayGroups, eventDates, placeCards, serviceOrder } from "./schedule";
import { unitPicksInputSchema, type UnitPicksInput } from "./schema";

/**
 * Resolves a selection event: cards are served in order, each takes its first preferences still
 * free (the lower card wins a contested unit), one card one unit; absent cards and cards that pick
 * nothing are void with the refund date; carried cards that pick nothing are forfeited.
 *
 * @remarks SUB-EV-1/2/3/4/5/7 (seed 001 篇1 §一.2, §二.1–4, §三.4); the day's groups as in
 * {@link planSelectionEvent}.
 * @param input - units on sale, cards with `present`, `preferences`, `ifNotReached`, and the event's dates
 * @param policy - a subscription policy (`subscriptionPresets.changzhouOlympicGarden`)
 * @returns allocations, forfeits (with refund due date and amount), carried, not reached and villa cards, each with its trace
 * @throws {@link ShoulouError} `INVALID_INPUT`, `DUPLICATE` (a card, unit, preference or date
 * twice), `UNKNOWN_REFERENCE` (a preference for a unit not on sale), `MISSING_PARAMETER`, `INVALID_POLICY`
 * @example
 * ```ts
 * const r = resolveUnitPicks({ dates: ["2024-09-26"], units: ["A-101", "A-102"], cards: [{ number: 2, preferences: ["A-101", "A-102"] }, { number: 1, preferences: ["A-101"] }, { number: 3, present: false }] }, subscriptionPresets.changzhouOlympicGarden);
 * r.allocations.map((a) => [a.card, a.units[0]]); //=> [[1, "A-101"], [2, "A-102"]]
 * r.forfeits[0].refund; //=> { amount: null, dueBy: "2024-09-29" }
 * ```
 * @category Subscription
 */
export function resolveUnitPicks(input: UnitPicksInput, policy: SubscriptionPolicyInput = {}): UnitPicksOutcome {
  return guarded(() => {
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
    const refund = (card: { intentionMoney?: string | undefined }, notice: string) => {
      const money = card.intentionMoney ?? p.intentionMoney;
      return { amount: money === undefined ? null : fenToYuan(toFen(money)), dueBy: addDays(data.noticeDate ?? notice, p.refundWindowDays) };
    };
    const ev3 = (r: { amount: string | null; dueBy: string }) =>
      step("SUB-EV-3", `priority lost, card void; return it by ${r.dueBy} (${p.refundWindowDays} days after notice) for the intention money`, {
        dueBy: r.dueBy,
        amount: r.amount,
      });

    const allocations: UnitAllocation[] = [];
    const forfeits: CardForfeit[] = [];
    const carried: CardStanding[] = [];
    const notReached: (CardStanding & { options: ("carry-to-next-event" | "give-up")[] })[] = [];
    const villaReserved: CardStanding[] = [];
    const takenBy = new Map<string, number>();

    for (const c of data.cards) {
      if (c.villaRoute === "reserve")
        villaReserved.push({ card: c.number, trace: [step("SUB-EV-4", "villa reservation agreement signed: subscribes when the villas launch")] });
      else if (c.villaRoute === "give-up") {
        const r = refund(c, data.noticeDate ?? dates[0] ?? lastDate);
        forfeits.push({ card: c.number, reason: "villa-given-up", date: null, refund: r, trace: [step("SUB-EV-4", "villa buyer gave up and returns the card"), ev3(r)] });
      }
    }
    const ordered = serviceOrder(data.cards.filter((c) => c.villaRoute === undefined), p);
    const { places } = placeCards(ordered, dates.length, groups, p);
    ordered.forEach((c, i) => {
      const place = places[i];
      if (place === undefined) {
        if (c.carried || c.ifNotReached === "give-up") {
          const r = refund(c, lastDate);
          const says = c.carried ? "carried card not reached again: forfeited automatically" : "not reached; the holder gives up priority";
          forfeits.push({ card: c.number, reason: c.carried ? "carried-no-pick" : "gave-up", date: null, refund: r, trace: [step("SUB-EV-5", says), ev3(r)] });
        } else if (c.ifNotReached === "carry") carried.push({ card: c.number, trace: [step("SUB-EV-5", "not reached: priority carried to the next event")] });
        else
          notReached.push({
            card: c.number,
            options: ["carry-to-next-event", "give-up"],
            trace: [step("SUB-EV-5", "not reached: the holder may carry priority to the next event or give it up")],
          });
        return;
      }
      const date = dates[place.day] ?? lastDate;
      const slot = groups[place.group];
      const trace: TraceStep[] = [
        step("SUB-EV-1", `served ${i + 1}${c.carried ? " (carried priority)" : ""}: ${date} group ${place.group + 1} at ${formatMinutes(slot?.start ?? 0)}`, {
          position: i + 1,
        }),
      ];
      const units: string[] = [];
      const ranks: number[] = [];
      const lost: string[] = []; // the first five, named; the rest counted
      let lostCount = 0;
      if (c.present)
        for (let j = 0; j < c.preferences.length && units.length < p.unitsPerCard; j++) {
          const u = c.preferences[j] ?? "";
          const holder = takenBy.get(u);
          if (holder === undefined) {
            units.push(u);
            ranks.push(j + 1);
            takenBy.set(u, c.number);
          } else if (++lostCount <= 5) lost.push(`${u} (card ${holder})`);
        }
      if (lost.length > 0)
        trace.push(step("SUB-EV-7", `already taken by a card served earlier: ${lost.join(", ")}${lostCount > lost.length ? ` and ${lostCount - lost.length} more` : ""}`, { taken: lostCount }));
      if (units.length > 0) {
        trace.push(step("SUB-EV-2", `subscribes ${units.join(", ")}; at most ${p.unitsPerCard} unit(s) a card`, { units, ranks }));
        allocations.push({ card: c.number, units, ranks, date, group: place.group + 1, trace });
        return;
      }
      const r = refund(c, date);
      const reason = c.carried ? "carried-no-pick" : c.present ? "no-pick" : "absent";
      trace.push(step("SUB-EV-3", c.present ? "present but no preferred unit was free: no pick" : "absent when the group was called"));
      if (c.carried) trace.push(step("SUB-EV-5", "a carried card that picks nothing is forfeited automatically"));
      trace.push(ev3(r));
      forfeits.push({ card: c.number, reason, date, refund: r, trace });
    });
    const byCard = (a: { card: number }, b: { card: number }) => a.card - b.card;
    forfeits.sort(byCard);
    villaReserved.sort(byCard);
    const unitsLeft = onSale.size - takenBy.size;
    const trace = [
      step("SUB-EV-1", `${ordered.length} card(s) in service order over ${dates.length} day(s)`, { cards: data.cards.length, days: dates.length }),
      step("SUB-EV-7", `${allocations.length} card(s) got a unit; ${unitsLeft} of ${onSale.size} unit(s) left`, {
        allocated: allocations.length,
        forfeited: forfeits.length,
        carried: carried.length,
        notReached: notReached.length,
        villaReserved: villaReserved.length,
      }),
    ];
    return { allocations, forfeits, carried, notReached, villaReserved, unitsLeft, trace };
  });
}
