package careergraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.neo4j.procedure.TerminationGuard;

/** Best-first (A*) search for the k cheapest loopless routes over a {@link RouteGraph}, exact bound from below. */
final class RouteSearch {
  private final TerminationGuard terminationGuard;
  private final RouteGraph graph;
  private final int maxSteps;
  private final int k;
  private final double unitsPerCost;

  RouteSearch(TerminationGuard terminationGuard, RouteGraph graph, int maxSteps, int k, double unitsPerCost) {
    this.terminationGuard = terminationGuard;
    this.graph = graph;
    this.maxSteps = maxSteps;
    this.k = k;
    this.unitsPerCost = unitsPerCost;
  }

  List<CareerRoutes.RouteRow> run() {
    double[][] toGo = cheapestCompletions();
    // Order (f, steps, role ids): with a consistent heuristic, equal-cost routes then come out with fewer
    // steps first and lexicographically smaller role ids next, so results are stable across calls.
    PriorityQueue<Partial> queue = new PriorityQueue<>(
        Comparator.comparingDouble(Partial::f).thenComparingInt(Partial::steps).thenComparing(this::byIds));
    List<CareerRoutes.RouteRow> rows = new ArrayList<>();
    double startBound = toGo[maxSteps][graph.source];
    if (startBound == CareerRoutes.UNREACHABLE) {
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
        rows.add(new CareerRoutes.RouteRow(rows.size() + 1, roleIds(p), p.g() / unitsPerCost));
        continue;
      }
      double[] completion = toGo[maxSteps - p.steps() - 1]; // steps left after taking one more transition
      for (int e = graph.outStart[v]; e < graph.outStart[v + 1]; e++) {
        int u = graph.outTo[e];
        if (completion[u] == CareerRoutes.UNREACHABLE || p.visits(u)) {
          continue; // cannot reach the target in the steps left, or would loop
        }
        if (++created > CareerRoutes.MAX_PARTIAL_ROUTES) {
          throw new IllegalStateException("career.routes: search exceeded " + CareerRoutes.MAX_PARTIAL_ROUTES
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
    Arrays.fill(toGo[0], CareerRoutes.UNREACHABLE);
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
}
