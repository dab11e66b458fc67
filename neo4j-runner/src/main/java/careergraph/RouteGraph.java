package careergraph;

import java.util.Arrays;
import java.util.Comparator;

/** The relevant subgraph as dense indices: forward adjacency (CSR) with one cheapest edge per role pair. */
final class RouteGraph {
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
