package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents that share rare proper names (see {@link ProperNames}): two reports that both name
 * "Fenwick", "Okonjo" and "Larchmere" are very likely reports of one incident, whatever dates and
 * places their extracted claims carry. A name counts when few documents of the case use it — at
 * most {@link #MAX_SHARE} of them and never more than {@link #MAX_DOCUMENTS}, and at least two —
 * and weighs ln(N / documents using it); two documents are linked when they share {@link
 * #MIN_SHARED} such names or more weighing {@link #MIN_WEIGHT} together. Built from an inverted
 * index of the rare names, never from all pairs.
 */
final class NameLinks {

  /** The largest share of the case's documents that may use a name for it to count. */
  static final double MAX_SHARE = 0.004;

  /** A name used by this many documents still counts in a small case. */
  static final int MIN_MAX_DOCUMENTS = 10;

  /**
   * A name used by more documents never counts, however large the case: it keeps the pairs one name
   * makes under 1,225, so that linking grows with the number of names, not their square.
   */
  static final int MAX_DOCUMENTS = 50;

  static final int MIN_SHARED = 2;

  /** Two names each used by one document in 150 or fewer, or more names used more widely. */
  static final double MIN_WEIGHT = 10.0;

  /**
   * Names shared this heavily — four or more rare ones, or three very rare — make two reports one
   * story whatever their dates (see {@link Compatibility}).
   */
  static final double ONE_STORY_WEIGHT = 3 * MIN_WEIGHT;

  private final Map<String, Map<String, Double>> links;

  private NameLinks(Map<String, Map<String, Double>> links) {
    this.links = links;
  }

  static NameLinks of(Collection<DocumentInfo> documents) {
    Map<String, List<String>> usedBy = new HashMap<>();
    for (DocumentInfo d : documents) {
      for (String name : d.names()) {
        usedBy.computeIfAbsent(name, n -> new ArrayList<>()).add(d.id());
      }
    }
    int n = documents.size();
    int maxDocuments = Math.min(MAX_DOCUMENTS, Math.max(MIN_MAX_DOCUMENTS, (int) (n * MAX_SHARE)));
    Map<String, Map<String, double[]>> shared = new HashMap<>();
    for (List<String> docs : usedBy.values()) {
      if (docs.size() < 2 || docs.size() > maxDocuments) {
        continue;
      }
      double weight = Math.log((double) n / docs.size());
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          double[] s =
              shared
                  .computeIfAbsent(docs.get(i), k -> new HashMap<>())
                  .computeIfAbsent(docs.get(j), k -> new double[2]);
          s[0] += weight;
          s[1]++;
        }
      }
    }
    Map<String, Map<String, Double>> links = new HashMap<>();
    shared.forEach(
        (a, others) ->
            others.forEach(
                (b, s) -> {
                  if (s[1] >= MIN_SHARED && s[0] >= MIN_WEIGHT) {
                    links.computeIfAbsent(a, k -> new HashMap<>()).put(b, s[0]);
                    links.computeIfAbsent(b, k -> new HashMap<>()).put(a, s[0]);
                  }
                }));
    return new NameLinks(links);
  }

  /** The documents {@code document} shares rare names with. */
  Set<String> of(String document) {
    return links.getOrDefault(document, Map.of()).keySet();
  }

  /** How much the names two documents share weigh, 0 when they are not linked. */
  double weight(String a, String b) {
    return links.getOrDefault(a, Map.of()).getOrDefault(b, 0.0);
  }
}
