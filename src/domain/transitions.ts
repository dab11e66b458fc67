// The kinds of move between two roles. The GraphQL enum TransitionKind (schema/common.graphql) lists the same
// values; tests/unit/domain.test.ts holds the two together.

export const TRANSITION_KINDS = ['PROMOTION', 'CAREER_CHANGE', 'LATERAL', 'SPECIALIZATION'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export const isTransitionKind = (value: unknown): value is TransitionKind => (TRANSITION_KINDS as readonly unknown[]).includes(value);
