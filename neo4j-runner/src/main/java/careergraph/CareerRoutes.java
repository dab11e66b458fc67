package careergraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
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

  private static final Label ROLE = Label.label("Role");
  private static final RelationshipType TRANSITIONS_TO = RelationshipType.withName("TRANSITIONS_TO");
  private static final RelationshipType REQUIRES = RelationshipType.withName("REQUIRES");
  private static final double UNREACHABLE = Double.POSITIVE_INFINITY;
  private static final int KNOWN = -1; // skill number of a skill the user already has

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
    RouteGraph graph = new GraphLoader(kind, avoid, known, from, to, stepLimit).load();
    if (graph == null) {
      return Stream.empty();
    }
    stepLimit = Math.min(stepLimit, graph.size() - 1);
    double unitsPerCost = kind == Optimize.MONTHS ? MICROS_PER_MONTH : 1.0;
    return new RouteSearch(graph, stepLimit, (int) Math.min(k, Integer.MAX_VALUE), unitsPerCost).run().stream();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Graph loading

  /** The relevant subgraph as dense indices: forward adjacency (CSR) with one cheapest edge per role pair. */
  static final class RouteGraph {
    final String[] ids;
    final int[] idRank; // position of ids[i] in sorted id order, for cheap lexicographic tie-breaks
    final int source;
    final int target;
    final int[] outStart; // edges of role v are outStart[v] .. outStart[v + 1] - 1
    final int[] outTo;
    final double[] outCost;

    RouteGraph(String[] ids, int source, int target, int[] outStart, int[] outTo, double[] outCost) {
      this.ids = ids;
      this.source = source;
      this.target = target;
      this.outStart = outStart;
      this.outTo = outTo;
      this.outCost = outCost;
      Integer[] order = new Integer[ids.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing((Integer i) -> ids[i]).thenComparing(i -> i));
      this.idRank = new int[ids.length];
      for (int r = 0; r < order.length; r++) {
        idRank[order[r]] = r;
      }
    }

    int size() {
      return ids.length;
    }
  }

  /**
   * Walks TRANSITIONS_TO backwards from the target, level by level, up to the hop limit. Only roles found this
   * way can lie on a route, so the rest of the graph is never read. Avoided roles are left out entirely.
   */
  final class GraphLoader {
    private final Optimize kind;
    private final Set<String> avoid;
    private final Set<String> knownSkills;
    private final Node from;
    private final Node to;
    private final int maxSteps;

    private final Map<Node, Integer> index = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> skillCache = new ArrayList<>(); // per role: sorted skill numbers, lazily filled
    private final Map<Node, Integer> skillNumbers = new HashMap<>(); // skill node -> its area's number, or KNOWN
    private final Map<String, Integer> areaNumbers = new HashMap<>(); // area id -> number
    private int[] skillBuffer = new int[64];
    private int[] skillMark = new int[256]; // skillMark[s] == head + 1 while the head's skills are marked

    // Edge list; edgeOfTail/headOfTail find the edge from a tail into the head being expanded (parallel edges).
    private int[] edgeFrom = new int[1024];
    private int[] edgeTo = new int[1024];
    private double[] edgeCost = new double[1024];
    private int edgeCount;
    private int[] edgeOfTail = new int[256];
    private int[] headOfTail = new int[256];

    GraphLoader(Optimize kind, Set<String> avoid, Set<String> knownSkills, Node from, Node to, int maxSteps) {
      this.kind = kind;
      this.avoid = avoid;
      this.knownSkills = knownSkills;
      this.from = from;
      this.to = to;
      this.maxSteps = maxSteps;
    }

    /** Returns null when the source cannot reach the target within the hop limit. */
    RouteGraph load() {
      int target = indexOf(to, stringId(to));
      List<Integer> frontier = List.of(target);
      for (int hops = 1; hops <= maxSteps && !frontier.isEmpty(); hops++) {
        List<Integer> next = new ArrayList<>();
        for (int head : frontier) {
          terminationGuard.check();
          addIncomingEdges(head, hops, next);
        }
        frontier = next;
      }
      Integer source = index.get(from);
      return source == null ? null : buildGraph(source, target);
    }

    /** Records the cheapest edge from each predecessor of head; newly seen predecessors join the next level. */
    private void addIncomingEdges(int head, int hops, List<Integer> next) {
      if (nodes.get(head).equals(from)) {
        return; // a route never re-enters its start, so edges into it are useless
      }
      if (kind == Optimize.SKILLS_TO_LEARN) {
        markSkills(head);
      }
      try (ResourceIterable<Relationship> incoming = nodes.get(head).getRelationships(Direction.INCOMING, TRANSITIONS_TO)) {
        for (Relationship rel : incoming) {
          Node tailNode = rel.getStartNode();
          // Only the start may sit exactly maxSteps hops out; a route never leaves its target.
          if ((hops == maxSteps && !tailNode.equals(from)) || tailNode.equals(to)) {
            continue;
          }
          Integer tail = index.get(tailNode);
          if (tail == null) {
            String id = stringId(tailNode);
            if (avoid.contains(id)) {
              continue;
            }
            tail = indexOf(tailNode, id);
            next.add(tail);
          }
          if (tail == head) {
            continue; // self-loop
          }
          double cost = transitionCost(rel, tail, head);
          if (headOfTail[tail] != head) {
            headOfTail[tail] = head;
            edgeOfTail[tail] = addEdge(tail, head, cost);
          } else if (cost < edgeCost[edgeOfTail[tail]]) {
            edgeCost[edgeOfTail[tail]] = cost; // parallel transitions: keep the cheapest
          }
        }
      }
    }

    private double transitionCost(Relationship rel, int tail, int head) {
      return switch (kind) {
        case STEPS -> 1.0;
        case MONTHS -> months(rel);
        case SKILLS_TO_LEARN -> skillsToLearn(tail, head);
      };
    }

    /** Marks the head's skills, so each incoming transition costs one pass over its tail's skills. */
    private void markSkills(int head) {
      int[] skills = requiredSkills(head);
      if (skillMark.length < areaNumbers.size()) {
        skillMark = Arrays.copyOf(skillMark, Math.max(areaNumbers.size(), skillMark.length * 2));
      }
      for (int skill : skills) {
        skillMark[skill] = head + 1;
      }
    }

    /** Skills the (marked) head requires that the tail does not: |head| - |head and tail|. */
    private int skillsToLearn(int tail, int head) {
      int shared = 0;
      for (int skill : requiredSkills(tail)) {
        if (skill < skillMark.length && skillMark[skill] == head + 1) {
          shared++;
        }
      }
      return requiredSkills(head).length - shared;
    }

    private double months(Relationship rel) {
      Object value = rel.getProperty("monthsTypical", null);
      if (value == null) {
        // The unknown-months rule of src/domain/months.ts, generated into DomainRules.
        return DomainRules.UNKNOWN_TRANSITION_MONTHS * MICROS_PER_MONTH;
      }
      double months = ((Number) value).doubleValue();
      if (!(months >= 0)) { // the search relies on nonnegative costs; NaN fails this test too
        throw new IllegalStateException("career.routes: TRANSITIONS_TO has invalid monthsTypical " + value);
      }
      return Math.round(months * MICROS_PER_MONTH);
    }

    /** Sorted, distinct numbers of the role's REQUIRED skill areas, leaving out the areas the user already has. */
    private int[] requiredSkills(int role) {
      int[] cached = skillCache.get(role);
      if (cached != null) {
        return cached;
      }
      int count = 0;
      try (ResourceIterable<Relationship> requires = nodes.get(role).getRelationships(Direction.OUTGOING, REQUIRES)) {
        for (Relationship rel : requires) {
          if (!"REQUIRED".equals(rel.getProperty("importance", null))) {
            continue;
          }
          int skill = skillNumber(rel.getEndNode());
          if (skill != KNOWN) {
            if (count == skillBuffer.length) {
              skillBuffer = Arrays.copyOf(skillBuffer, count * 2);
            }
            skillBuffer[count++] = skill;
          }
        }
      }
      int[] skills = sortedDistinct(skillBuffer, count);
      skillCache.set(role, skills);
      return skills;
    }

    /**
     * Numbers skills by their area (the skill's stored areaId, or its own id for an area: the rule of
     * src/domain/skill-areas.ts), so a route's cost counts skill areas; cached by node so each skill's properties
     * are read once per call.
     */
    private int skillNumber(Node skill) {
      Integer number = skillNumbers.get(skill);
      if (number == null) {
        Object areaId = skill.getProperty("areaId", null);
        String area = areaId instanceof String a ? a : stringId(skill);
        number = knownSkills.contains(area) ? KNOWN : areaNumbers.computeIfAbsent(area, k -> areaNumbers.size());
        skillNumbers.put(skill, number);
      }
      return number;
    }

    private int indexOf(Node node, String id) {
      int i = nodes.size();
      index.put(node, i);
      nodes.add(node);
      ids.add(id);
      skillCache.add(null);
      if (i == headOfTail.length) {
        headOfTail = Arrays.copyOf(headOfTail, i * 2);
        edgeOfTail = Arrays.copyOf(edgeOfTail, i * 2);
      }
      headOfTail[i] = -1;
      return i;
    }

    private int addEdge(int tail, int head, double cost) {
      if (edgeCount == edgeFrom.length) {
        edgeFrom = Arrays.copyOf(edgeFrom, edgeCount * 2);
        edgeTo = Arrays.copyOf(edgeTo, edgeCount * 2);
        edgeCost = Arrays.copyOf(edgeCost, edgeCount * 2);
      }
      edgeFrom[edgeCount] = tail;
      edgeTo[edgeCount] = head;
      edgeCost[edgeCount] = cost;
      return edgeCount++;
    }

    private RouteGraph buildGraph(int source, int target) {
      int n = nodes.size();
      int[] start = new int[n + 1];
      for (int e = 0; e < edgeCount; e++) {
        start[edgeFrom[e] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        start[v + 1] += start[v];
      }
      int[] fill = Arrays.copyOf(start, n);
      int[] outTo = new int[edgeCount];
      double[] outCost = new double[edgeCount];
      for (int e = 0; e < edgeCount; e++) {
        int slot = fill[edgeFrom[e]]++;
        outTo[slot] = edgeTo[e];
        outCost[slot] = edgeCost[e];
      }
      return new RouteGraph(ids.toArray(new String[0]), source, target, start, outTo, outCost);
    }
  }

  /** Copy of the first count values, sorted, without duplicates. */
  static int[] sortedDistinct(int[] values, int count) {
    int[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  private static String stringId(Node node) {
    Object id = node.getProperty("id", null);
    return id == null ? "" : id.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Search

  /** A partial route: the roles so far, its cost g, and f = g + exact cheapest completion ignoring revisits. */
  private record Partial(int[] roles, double g, double f) {
    int steps() {
      return roles.length - 1;
    }

    int last() {
      return roles[roles.length - 1];
    }

    boolean visits(int role) {
      for (int r : roles) {
        if (r == role) {
          return true;
        }
      }
      return false;
    }

    Partial extend(int role, double cost, double remaining) {
      int[] next = Arrays.copyOf(roles, roles.length + 1);
      next[roles.length] = role;
      return new Partial(next, g + cost, g + cost + remaining);
    }
  }

  final class RouteSearch {
    private final RouteGraph graph;
    private final int maxSteps;
    private final int k;
    private final double unitsPerCost;

    RouteSearch(RouteGraph graph, int maxSteps, int k, double unitsPerCost) {
      this.graph = graph;
      this.maxSteps = maxSteps;
      this.k = k;
      this.unitsPerCost = unitsPerCost;
    }

    List<RouteRow> run() {
      double[][] toGo = cheapestCompletions();
      // Order (f, steps, role ids): with a consistent heuristic, equal-cost routes then come out with fewer
      // steps first and lexicographically smaller role ids next, so results are stable across calls.
      PriorityQueue<Partial> queue = new PriorityQueue<>(
          Comparator.comparingDouble(Partial::f).thenComparingInt(Partial::steps).thenComparing(this::byIds));
      List<RouteRow> rows = new ArrayList<>();
      double startBound = toGo[maxSteps][graph.source];
      if (startBound == UNREACHABLE) {
        return rows;
      }
      queue.add(new Partial(new int[] {graph.source}, 0.0, startBound));
      int created = 1;
      int pops = 0;
      while (!queue.isEmpty() && rows.size() < k) {
        if ((++pops & 1023) == 0) {
          terminationGuard.check();
        }
        Partial p = queue.poll();
        int v = p.last();
        if (v == graph.target) {
          rows.add(new RouteRow(rows.size() + 1, roleIds(p), p.g() / unitsPerCost));
          continue;
        }
        double[] completion = toGo[maxSteps - p.steps() - 1]; // steps left after taking one more transition
        for (int e = graph.outStart[v]; e < graph.outStart[v + 1]; e++) {
          int u = graph.outTo[e];
          if (completion[u] == UNREACHABLE || p.visits(u)) {
            continue; // cannot reach the target in the steps left, or would loop
          }
          if (++created > MAX_PARTIAL_ROUTES) {
            throw new IllegalStateException("career.routes: search exceeded " + MAX_PARTIAL_ROUTES
                + " partial routes; lower maxSteps or k");
          }
          queue.add(p.extend(u, graph.outCost[e], completion[u]));
        }
      }
      return rows;
    }

    /**
     * toGo[r][v] = cheapest cost from v to the target using at most r transitions, revisits allowed
     * (Bellman-Ford by number of steps). It bounds every simple completion from below, and it also prunes
     * roles that cannot reach the target within the steps left.
     */
    private double[][] cheapestCompletions() {
      int n = graph.size();
      double[][] toGo = new double[maxSteps + 1][n];
      Arrays.fill(toGo[0], UNREACHABLE);
      toGo[0][graph.target] = 0.0;
      for (int r = 1; r <= maxSteps; r++) {
        terminationGuard.check();
        double[] prev = toGo[r - 1];
        double[] cur = toGo[r];
        for (int v = 0; v < n; v++) {
          double best = prev[v];
          for (int e = graph.outStart[v]; e < graph.outStart[v + 1]; e++) {
            double viaEdge = graph.outCost[e] + prev[graph.outTo[e]];
            if (viaEdge < best) {
              best = viaEdge;
            }
          }
          cur[v] = best;
        }
      }
      return toGo;
    }

    private int byIds(Partial a, Partial b) {
      for (int i = 0; i < a.roles().length && i < b.roles().length; i++) {
        int c = Integer.compare(graph.idRank[a.roles()[i]], graph.idRank[b.roles()[i]]);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.roles().length, b.roles().length);
    }

    private List<String> roleIds(Partial p) {
      List<String> out = new ArrayList<>(p.roles().length);
      for (int r : p.roles()) {
        out.add(graph.ids[r]);
      }
      return out;
    }
  }
}
