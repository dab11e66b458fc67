package careergraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.procedure.TerminationGuard;

/**
 * The part of the graph career.routes searches: walks TRANSITIONS_TO backwards from the target, level by level, up
 * to the hop limit. Only roles found this way can lie on a route, so the rest of the graph is never read. Avoided
 * roles are left out entirely. Edge costs follow the order asked for (steps, months, skills to learn).
 */
final class GraphLoader {
  private final TerminationGuard terminationGuard;
  private final CareerRoutes.Optimize kind;
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

  GraphLoader(TerminationGuard terminationGuard, CareerRoutes.Optimize kind, Set<String> avoid,
      Set<String> knownSkills, Node from, Node to, int maxSteps) {
    this.terminationGuard = terminationGuard;
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
    if (kind == CareerRoutes.Optimize.SKILLS_TO_LEARN) {
      markSkills(head);
    }
    try (ResourceIterable<Relationship> incoming =
        nodes.get(head).getRelationships(Direction.INCOMING, CareerRoutes.TRANSITIONS_TO)) {
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
      return DomainRules.UNKNOWN_TRANSITION_MONTHS * CareerRoutes.MICROS_PER_MONTH;
    }
    double months = ((Number) value).doubleValue();
    if (!(months >= 0)) { // the search relies on nonnegative costs; NaN fails this test too
      throw new IllegalStateException("career.routes: TRANSITIONS_TO has invalid monthsTypical " + value);
    }
    return Math.round(months * CareerRoutes.MICROS_PER_MONTH);
  }

  /** Sorted, distinct numbers of the role's REQUIRED skill areas, leaving out the areas the user already has. */
  private int[] requiredSkills(int role) {
    int[] cached = skillCache.get(role);
    if (cached != null) {
      return cached;
    }
    int count = 0;
    try (ResourceIterable<Relationship> requires =
        nodes.get(role).getRelationships(Direction.OUTGOING, CareerRoutes.REQUIRES)) {
      for (Relationship rel : requires) {
        if (!"REQUIRED".equals(rel.getProperty("importance", null))) {
          continue;
        }
        int skill = skillNumber(rel.getEndNode());
        if (skill != CareerRoutes.KNOWN) {
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
      number = knownSkills.contains(area)
          ? CareerRoutes.KNOWN
          : areaNumbers.computeIfAbsent(area, k -> areaNumbers.size());
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
}
