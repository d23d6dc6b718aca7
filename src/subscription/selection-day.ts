import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { formatMinutes, zoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { refuseOversizedSelection } from "./input-bounds";
import { subscriptionPolicySchema, type SubscriptionPolicyInput } from "./policy";
import { assertUniqueCards, dayGroups, eventDates, instantAt, placeCards, serviceOrder } from "./schedule";
import type { SelectionDay, SelectionPlan, UnreachedCard, VillaCardOptions } from "./outcomes";
import { selectionEventInputSchema, type SelectionEventInput } from "./schema";

/**
 * Plans a VIP-card selection event: cards in card-number order, at most `dailyCap` a day, in
 * groups of `groupSize` with `slotMinutes` each from `startTime`, skipping the policy's breaks
 * and ending by `latestEnd`; the cards the event cannot reach get their options.
 *
 * @remarks SUB-EV-1 (《房地产销售现场管理关系客户购买须知》篇1 一.2), SUB-EV-4 (二.3), SUB-EV-5 (二.4),
 * SUB-EV-6 (三.1–3), SUB-EV-8 (四). Cards whose villa route is already decided take no slot. At most
 * 100,000 cards and 366 dates.
 * @param input - the cards, and the event's `dates` (or a `year` for the policy's eventFrom–eventTo)
 * @param policy - a {@link subscriptionPolicySchema} policy, e.g. `subscriptionPresets.changzhouOlympicGarden`
 * @returns the days with their groups and times (ISO instants in the project zone), the cards
 * not reached with their options, the villa cards with theirs, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (bad card or date), `DUPLICATE` (a card number or
 * date twice), `MISSING_PARAMETER` (no dates), `INVALID_POLICY` (bad policy, or no group fits a day),
 * `OUT_OF_RANGE` (more cards or dates than the limits)
 * @example
 * ```ts
 * const cards = Array.from({ length: 120 }, (_, i) => ({ number: i + 1 }));
 * const plan = planSelectionEvent({ dates: ["2024-09-26"], cards }, subscriptionPresets.changzhouOlympicGarden);
 * plan.days[0].groups[0]; //=> { group: 1, start: "2024-09-26T10:15:00+08:00", end: "2024-09-26T10:30:00+08:00", cards: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }
 * plan.days[0].groups[9].end; //=> "2024-09-26T14:00:00+08:00"
 * plan.notReached[0]; //=> { card: 101, options: ["carry-to-next-event", "give-up"], automaticForfeit: false }
 * explainTrace(plan.trace)[2]; //=> "SUB-EV-8 第一组10:15开始；每天可排10组（100张卡），最后一组14:00结束"
 * ```
 * @category Subscription
 */
export function planSelectionEvent(input: SelectionEventInput, policy: SubscriptionPolicyInput = {}): SelectionPlan {
  return guarded(() => {
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    refuseOversizedSelection(input);
    const data = parseWith(selectionEventInputSchema, input, "INVALID_INPUT");
    assertUniqueCards(data.cards, []);
    const dates = eventDates(data, p);
    const groups = dayGroups(p);
    const clock = zoneClock(p.timeZone);
    const trace: TraceStep[] = [];
    const villa: VillaCardOptions[] = data.cards
      .filter((c) => c.villaIntent)
      .sort((a, b) => a.number - b.number)
      .map((c) => ({
        card: c.number,
        route: c.villaRoute ?? null,
        options: c.villaRoute === undefined ? ["pick-today", "villa-reservation", "give-up"] : [],
      }));
    const ordered = serviceOrder(data.cards.filter((c) => c.villaRoute === undefined), p);
    trace.push(
      step("SUB-EV-1", "order", { cards: ordered.length, days: dates.length, dailyCap: p.dailyCap, order: p.cardOrder, carriedCards: p.carriedCards }),
      step("SUB-EV-6", "groups", { groupSize: p.groupSize, slotMinutes: p.slotMinutes }),
    );
    const { places, perDay, reached } = placeCards(ordered, dates.length, groups, p);
    const last = groups[groups.length - 1];
    trace.push(
      step("SUB-EV-8", "day", {
        startTime: p.startTime,
        lastEnd: formatMinutes(last?.end ?? 0),
        latestEnd: p.latestEnd ?? null,
        breaks: p.breaks.map((b) => `${b.from}-${b.to}`),
        groupsPerDay: groups.length,
        cardsPerDay: perDay,
      }),
    );
    const days: SelectionDay[] = dates.map((date, d) => {
      const first = d * perDay;
      const count = Math.max(0, Math.min(perDay, reached - first));
      const dayGroupsOut = [];
      for (let g = 0; g * p.groupSize < count; g++) {
        const times = groups[g] ?? { start: 0, end: 0 };
        const members = ordered.slice(first + g * p.groupSize, first + Math.min(count, (g + 1) * p.groupSize)).map((c) => c.number);
        dayGroupsOut.push({ group: g + 1, start: instantAt(clock, date, times.start), end: instantAt(clock, date, times.end), cards: members });
      }
      const closedBy: SelectionDay["closedBy"] = ordered.length <= first + perDay ? "all-served" : perDay >= p.dailyCap ? "daily-cap" : "latest-end";
      return {
        date,
        viewing: p.viewingFrom !== undefined && p.viewingTo !== undefined ? { from: clock.format(clock.at(date, p.viewingFrom)), to: clock.format(clock.at(date, p.viewingTo)) } : null,
        briefing: p.briefingAt !== undefined ? clock.format(clock.at(date, p.briefingAt)) : null,
        breaks: p.breaks.map((b) => ({ from: clock.format(clock.at(date, b.from)), to: clock.format(clock.at(date, b.to)), label: b.label ?? null })),
        groups: dayGroupsOut,
        cards: count,
        closedBy,
      };
    });
    const notReached: UnreachedCard[] = [];
    ordered.forEach((c, i) => {
      if (places[i] !== undefined) return;
      notReached.push({ card: c.number, options: c.carried ? [] : ["carry-to-next-event", "give-up"], automaticForfeit: c.carried });
    });
    if (notReached.length > 0)
      trace.push(step("SUB-EV-5", "not-reached-count", { notReached: notReached.length, automatic: notReached.filter((c) => c.automaticForfeit).length }));
    if (villa.length > 0)
      trace.push(step("SUB-EV-4", "options", { villaCards: villa.length }));
    return { release: p.release ?? null, timeZone: p.timeZone, dates, days, notReached, villa, trace };
  });
}
