package careergraph;
// TEMPORARY benchmark, deleted after measurement
import java.util.*;
import java.util.stream.Stream;
import org.neo4j.graphdb.*;
import org.neo4j.internal.kernel.api.*;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.procedure.*;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.*;

public class CareerBench {
  @Context public Transaction tx;
  public static class Out { public String line; Out(String l){line=l;} }
  @Procedure(name="career.bench", mode=Mode.READ)
  public Stream<Out> bench() {
    List<String> out = new ArrayList<>();
    List<Node> roles = new ArrayList<>();
    try (ResourceIterator<Node> it = tx.findNodes(Label.label("Role"))) { it.forEachRemaining(roles::add); }
    RelationshipType T = RelationshipType.withName("TRANSITIONS_TO"), R = RelationshipType.withName("REQUIRES");
    for (int rep = 0; rep < 5; rep++) {
      long t0 = System.nanoTime(); long sum = 0; double ms = 0;
      for (Node n : roles) try (ResourceIterable<Relationship> rs = n.getRelationships(Direction.INCOMING, T)) { for (Relationship r : rs) sum += r.getStartNode().hashCode(); }
      long t1 = System.nanoTime();
      for (Node n : roles) try (ResourceIterable<Relationship> rs = n.getRelationships(Direction.INCOMING, T)) { for (Relationship r : rs) { Object o = r.getProperty("monthsTypical", null); if (o != null) ms += ((Number)o).doubleValue(); } }
      long t2 = System.nanoTime();
      int c = 0;
      for (Node n : roles) try (ResourceIterable<Relationship> rs = n.getRelationships(Direction.OUTGOING, R)) { for (Relationship r : rs) { if ("REQUIRED".equals(r.getProperty("importance", null))) { sum += r.getEndNode().hashCode(); c++; } } }
      long t3 = System.nanoTime();
      for (Node n : roles) try (ResourceIterable<Relationship> rs = n.getRelationships(Direction.OUTGOING, R)) { for (Relationship r : rs) { if ("REQUIRED".equals(r.getProperty("importance", null))) { sum += r.getEndNode().getProperty("id").hashCode(); } } }
      long t4 = System.nanoTime();
      for (Node n : roles) sum += n.getProperty("id").hashCode();
      long t5 = System.nanoTime();
      // kernel
      KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
      org.neo4j.internal.kernel.api.Read read = ktx.dataRead(); TokenRead tok = ktx.tokenRead();
      int tT = tok.relationshipType("TRANSITIONS_TO"), tR = tok.relationshipType("REQUIRES"), pM = tok.propertyKey("monthsTypical"), pI = tok.propertyKey("importance");
      long k1, k2, k3;
      try (NodeCursor nc = ktx.cursors().allocateNodeCursor(ktx.cursorContext());
           RelationshipTraversalCursor rc = ktx.cursors().allocateRelationshipTraversalCursor(ktx.cursorContext());
           PropertyCursor pc = ktx.cursors().allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker())) {
        long k0 = System.nanoTime();
        for (Node n : roles) { read.singleNode(n.getId(), nc); if (!nc.next()) continue; nc.relationships(rc, RelationshipSelection.selection(tT, Direction.INCOMING)); while (rc.next()) sum += rc.otherNodeReference(); }
        k1 = System.nanoTime();
        for (Node n : roles) { read.singleNode(n.getId(), nc); if (!nc.next()) continue; nc.relationships(rc, RelationshipSelection.selection(tT, Direction.INCOMING)); while (rc.next()) { rc.properties(pc, PropertySelection.selection(pM)); if (pc.next()) { Value v = pc.propertyValue(); if (v instanceof NumberValue nv) ms += nv.doubleValue(); } } }
        k2 = System.nanoTime();
        TextValue REQ = Values.stringValue("REQUIRED");
        for (Node n : roles) { read.singleNode(n.getId(), nc); if (!nc.next()) continue; nc.relationships(rc, RelationshipSelection.selection(tR, Direction.OUTGOING)); while (rc.next()) { rc.properties(pc, PropertySelection.selection(pI)); if (pc.next() && pc.propertyValue().equals(REQ)) sum += rc.otherNodeReference(); } }
        k3 = System.nanoTime();
        out.add(String.format("core: in-rels %.2fms months %.2fms requires+imp %.2fms (+skill id) %.2fms roleIds %.2fms | kernel: in-rels %.2fms months %.2fms requires+imp %.2fms  [%d %d]",
          (t1-t0)/1e6,(t2-t1)/1e6,(t3-t2)/1e6,(t4-t3)/1e6,(t5-t4)/1e6,(k1-k0)/1e6,(k2-k1)/1e6,(k3-k2)/1e6, c, sum));
      }
    }
    return out.stream().map(Out::new);
  }
}
