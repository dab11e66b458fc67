package careergraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;

/**
 * {@code career.routes}: the k cheapest loopless routes between two roles with at most maxSteps transitions.
 *
 * <p>Why a procedure: Cypher's SHORTEST only ranks by hop count, and GDS (which has weighted Yen's) is not
 * available to us, so ranking routes by months or by skills to learn needs its own exact search.
 *
 * <p>How: load the part of the graph that can reach the target within the hop limit, compute the exact
 * cheapest cost-to-target for every (role, steps left) pair by dynamic programming, then run a best-first
 * (A*) search over partial simple paths with that as the heuristic. The heuristic ignores the no-revisit rule,
 * so it never overestimates and never decreases along a path; complete routes therefore leave the queue in
 * non-decreasing cost, and the first k popped are exactly the k best. Equal costs are ordered by fewer steps,
 * then by the role ids lexicographically, so results are stable.
 */
public final class CareerRoutes {

  /**
   * Months are summed as whole micro-months (exact in a double up to 2^53), so routes whose month totals are
   * equal in decimal also compare equal and ties fall to the documented tie-breaks, not to rounding noise.
   */
  static final double MICROS_PER_MONTH = 1_000_000.0;

  /** Upper bound on partial routes created per call; each is ~100 bytes, so this caps memory near 200 MB. */
  static final int MAX_PARTIAL_ROUTES = 2_000_000;

  static final Label ROLE = Label.label("Role");
  static final RelationshipType TRANSITIONS_TO = RelationshipType.withName("TRANSITIONS_TO");
  static final RelationshipType REQUIRES = RelationshipType.withName("REQUIRES");
  static final double UNREACHABLE = Double.POSITIVE_INFINITY;
  static final int KNOWN = -1; // skill number of a skill the user already has

  @Context public Transaction tx;
  @Context public TerminationGuard terminationGuard;

  /** One output row. */
  public static final class RouteRow {
    public long rank;
    public List<String> roleIds;
    public double cost;

    RouteRow(long rank, List<String> roleIds, double cost) {
      this.rank = rank;
      this.roleIds = roleIds;
      this.cost = cost;
    }
  }

  enum Optimize {
    STEPS,
    MONTHS,
    SKILLS_TO_LEARN;

    static Optimize parse(String value) {
      for (Optimize o : values()) {
        if (o.name().equals(value)) {
          return o;
        }
      }
      throw new IllegalArgumentException(
          "career.routes: unknown optimize value '" + value + "' (expected STEPS, MONTHS or SKILLS_TO_LEARN)");
    }
  }

  @Procedure(name = "career.routes", mode = Mode.READ)
  @Description("career.routes(fromId, toId, optimize, k, maxSteps, avoidIds, knownSkillIds) - the k cheapest "
      + "loopless TRANSITIONS_TO routes with 1..maxSteps steps; optimize is STEPS, MONTHS or SKILLS_TO_LEARN.")
  public Stream<RouteRow> routes(
      @Name("fromId") String fromId,
      @Name("toId") String toId,
      @Name("optimize") String optimize,
      @Name("k") Long k,
      @Name("maxSteps") Long maxSteps,
      @Name("avoidIds") List<String> avoidIds,
      @Name("knownSkillIds") List<String> knownSkillIds) {
    Optimize kind = Optimize.parse(optimize);
    if (fromId == null || toId == null || fromId.equals(toId) || k == null || k < 1
        || maxSteps == null || maxSteps < 1) {
      return Stream.empty();
    }
    Set<String> avoid = avoidIds == null ? Set.of() : new HashSet<>(avoidIds);
    if (avoid.contains(fromId) || avoid.contains(toId)) {
      return Stream.empty();
    }
    Node from = tx.findNode(ROLE, "id", fromId);
    Node to = tx.findNode(ROLE, "id", toId);
    if (from == null || to == null) {
      return Stream.empty();
    }
    Set<String> known = knownSkillIds == null ? Set.of() : new HashSet<>(knownSkillIds);
    // A simple path has fewer steps than there are roles, so the limit is trimmed once the subgraph is known.
    int stepLimit = (int) Math.min(maxSteps, Integer.MAX_VALUE - 1);
    RouteGraph graph = new GraphLoader(terminationGuard, kind, avoid, known, from, to, stepLimit).load();
    if (graph == null) {
      return Stream.empty();
    }
    stepLimit = Math.min(stepLimit, graph.size() - 1);
    double unitsPerCost = kind == Optimize.MONTHS ? MICROS_PER_MONTH : 1.0;
    int routes = (int) Math.min(k, Integer.MAX_VALUE);
    return new RouteSearch(terminationGuard, graph, stepLimit, routes, unitsPerCost).run().stream();
  }
}
