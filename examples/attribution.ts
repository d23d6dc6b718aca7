/**
 * A morning at the sales office (version B, 《销售客户资源的归属原则》): walk-ins in rotation, an old customer's
 * friend who asks for her agent, a named agent who comes too late, a channel's customer
 * registered by masked phone — and the nightly run that attributes everyone at once.
 */
import { attributeAll, attributeCustomer, attributionPresets, explainStep, nextInRotation, type AttributionEventInput, type RotationStateInput } from "../src/index";
import { heading, table } from "./print";

const policy = { ...attributionPresets.versionB, channel: attributionPresets.channelPractice.channel };
const at = (time: string, date = "2024-10-08") => `${date}T${time}:00+08:00`;

heading("轮值接待", "Rotation (ATT-6): who receives each walk-in");
let rotation: RotationStateInput = { queue: ["王芳", "李强", "张伟", "陈静"], onLeave: ["陈静"] };
const visitors = [
  { time: "09:05", visitor: { kind: "customer" as const }, who: "walk-in 散客" },
  { time: "09:20", visitor: { kind: "designer" as const }, who: "project designer 设计方" },
  { time: "09:40", visitor: { kind: "customer" as const, broughtBy: "designer" }, who: "designer's friend 设计方的朋友" },
  { time: "10:10", visitor: { kind: "peer" as const }, who: "peer from another firm 同行" },
];
const rows: string[][] = [];
for (const v of visitors) {
  const turn = nextInRotation(rotation, v.visitor, policy);
  if (!turn.ok) continue;
  rows.push([v.time, v.who, turn.agent ?? "— (no turn)", turn.state.queue.join(" → ")]);
  rotation = turn.state;
}
table(["时间 Time", "来访 Visitor", "接待 Agent", "轮次 Queue after"], rows);

const customers = [
  { id: "刘先生", phone: "13812345678" },
  { id: "刘先生的同事", phone: "13955550001" },
  { id: "赵女士", phone: "13700001234" },
  { id: "孙先生", phone: "13600009999" },
];
const events: AttributionEventInput[] = [
  { id: "e01", kind: "visit", at: at("15:00", "2024-09-28"), customer: "刘先生", agent: "李强" },
  { id: "e02", kind: "visit", at: at("09:05"), customer: "孙先生", agent: "王芳" },
  { id: "e03", kind: "introduction", at: at("09:30"), customer: "刘先生的同事", introducer: "刘先生", via: "in-person", askedFor: "李强" },
  { id: "e04", kind: "visit", at: at("09:30"), customer: "刘先生的同事", agent: "张伟" },
  { id: "e05", kind: "channel-registration", at: at("08:30"), channel: "链家", phone: "137****1234" },
  { id: "e06", kind: "introduction", at: at("10:30"), customer: "赵女士", introducer: "刘先生", via: "in-person", askedFor: "陈静", askedForOnDuty: false },
  { id: "e07", kind: "visit", at: at("10:30"), customer: "赵女士", agent: "王芳", channel: "链家" },
  { id: "e08", kind: "named-agent-arrival", at: at("11:01"), customer: "赵女士", agent: "陈静" },
  { id: "e09", kind: "visit", at: at("11:30"), customer: "刘先生", agent: "王芳", ownerOnDuty: false },
];

heading("老客户的朋友", "An old customer's colleague asks for his agent by name (ATT-2)");
const friend = attributeCustomer({ customer: "刘先生的同事", asOf: at("12:00"), events, customers }, policy);
table(["规则 Rule", "说明", "Says"], friend.trace.map((s) => [s.rule, explainStep(s), explainStep(s, { locale: "en" })]));

heading("指名的顾问迟到", "The named agent is off duty and arrives after 31 minutes (ATT-4); a channel registered her by masked phone (ATT-CH-2)");
const late = attributeCustomer({ customer: "赵女士", asOf: at("12:00"), events, customers }, policy);
table(["规则 Rule", "说明", "Says"], late.trace.map((s) => [s.rule, explainStep(s), explainStep(s, { locale: "en" })]));

heading("夜间批量判客", "The nightly run: every customer at once (attributeAll)");
const night = attributeAll({ asOf: at("23:00"), events, customers }, policy);
table(
  ["客户 Customer", "归属 Owner", "依据 Basis", "业绩 Credit", "保护至 Protected until", "渠道 Channel"],
  night.attributions.map((a) => [
    a.customer,
    a.owner ?? `— (${a.unownedReason})`,
    a.basis ?? "",
    a.credit.map((c) => `${c.agent} ${c.share}`).join(", "),
    a.protectedUntil ?? "",
    a.channel ? `${a.channel.channel} → ${a.channel.protectedUntil ?? "credited"}` : "",
  ]),
);
if (night.review.length > 0) {
  heading("交经理核查", "Left to the manager (review)");
  table(["规则 Rule", "说明", "Says"], night.review.map((s) => [s.rule, explainStep(s), explainStep(s, { locale: "en" })]));
}
