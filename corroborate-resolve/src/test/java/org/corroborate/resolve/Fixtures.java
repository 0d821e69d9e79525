package org.corroborate.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Figure;

/** Reconciles one figure of the given reports' claims, as the resolver does. */
final class Fixtures {

  private Fixtures() {}

  static Map<String, DocumentInfo> documents(Report... reports) {
    Map<String, DocumentInfo> out = new HashMap<>();
    for (Report r : reports) {
      out.put(r.id(), r.info());
    }
    return out;
  }

  static List<Claim> claims(Report... reports) {
    return Arrays.stream(reports).flatMap(r -> r.claims().stream()).toList();
  }

  static Figure figure(ClaimProperty property, List<DocumentLink> links, Report... reports) {
    Map<String, DocumentInfo> docs = documents(reports);
    List<Claim> all = claims(reports);
    Map<String, Origin> origins = new Origins(docs).of(all, links);
    Figures figures =
        new Figures(Figures.countingRules(new DenialsKept()), new LaterDirectObservation(docs));
    return figures.reconcile(
        property, all.stream().filter(c -> c.property() == property).toList(), origins);
  }

  static Figure killed(Report... reports) {
    return figure(ClaimProperty.KILLED, List.of(), reports);
  }
}
