import type { SameInput } from "../core/same-input";
import type { attributeAllInputSchema, attributeCustomerInputSchema, attributionCustomerSchema } from "./schema";
import type {
  attributionCallSchema,
  attributionChannelRegistrationSchema,
  attributionDealSchema,
  attributionIntroductionSchema,
  attributionNamedAgentArrivalSchema,
  attributionReRegistrationSchema,
  attributionRelativeRecordSchema,
  attributionVisitSchema,
} from "./event-schema";
import type {
  AttributeAllInput,
  AttributeCustomerInput,
  AttributionCallInput,
  AttributionChannelRegistrationInput,
  AttributionCustomerInput,
  AttributionDealInput,
  AttributionIntroductionInput,
  AttributionNamedAgentArrivalInput,
  AttributionReRegistrationInput,
  AttributionRelativeRecordInput,
  AttributionVisitInput,
  RotationStateInput,
  RotationVisitorInput,
} from "./input-types";
import type { rotationStateSchema, rotationVisitorSchema } from "./rotation-schema";

// Compile-time only (nothing imports this file): the named input interfaces of input-types.ts
// against their zod schemas, the one description of each shape.


// Compile-time only: each line stops compiling when an interface and its schema drift apart.
true satisfies SameInput<AttributionVisitInput, typeof attributionVisitSchema>;
true satisfies SameInput<AttributionCallInput, typeof attributionCallSchema>;
true satisfies SameInput<AttributionIntroductionInput, typeof attributionIntroductionSchema>;
true satisfies SameInput<AttributionRelativeRecordInput, typeof attributionRelativeRecordSchema>;
true satisfies SameInput<AttributionNamedAgentArrivalInput, typeof attributionNamedAgentArrivalSchema>;
true satisfies SameInput<AttributionReRegistrationInput, typeof attributionReRegistrationSchema>;
true satisfies SameInput<AttributionChannelRegistrationInput, typeof attributionChannelRegistrationSchema>;
true satisfies SameInput<AttributionDealInput, typeof attributionDealSchema>;
true satisfies SameInput<AttributionCustomerInput, typeof attributionCustomerSchema>;
true satisfies SameInput<AttributeCustomerInput, typeof attributeCustomerInputSchema>;
true satisfies SameInput<AttributeAllInput, typeof attributeAllInputSchema>;
true satisfies SameInput<RotationStateInput, typeof rotationStateSchema>;
true satisfies SameInput<RotationVisitorInput, typeof rotationVisitorSchema>;
