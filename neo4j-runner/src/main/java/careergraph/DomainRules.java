// Generated from src/domain by scripts/generate-java-rules.ts (npm run codegen). Do not edit.
package careergraph;

/** The domain rules the procedures share with the API. */
final class DomainRules {
  private DomainRules() {}

  /** A transition whose typical months are unknown counts as this many (src/domain/months.ts). */
  static final double UNKNOWN_TRANSITION_MONTHS = 12.0;
}
