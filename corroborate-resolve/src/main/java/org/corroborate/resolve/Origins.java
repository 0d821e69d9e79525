package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.DocumentLink;

/**
 * Stage 3: which claims of one incident repeat one original statement. Two claims share an origin
 * when they state the same value of the same property and either have the same speaker (normalised:
 * case, punctuation and a leading "the" ignored; the author of a document is a speaker of that
 * document only) or lie, sentence and all, inside the two sides of a shared passage or
 * near-duplicate link. Corroboration counts origins, not documents.
 */
final class Origins {

  private final Map<String, DocumentInfo> documents;

  Origins(Map<String, DocumentInfo> documents) {
    this.documents = documents;
  }

  /** The origin of each claim of an incident, by claim id. */
  Map<String, Origin> of(List<Claim> claims, List<DocumentLink> links) {
    int[] parent = new int[claims.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> bySpeaker = new HashMap<>();
    Map<String, List<Integer>> byDocument = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Integer first = bySpeaker.putIfAbsent(speakerKey(c), i);
      if (first != null) {
        union(parent, first, i);
      }
      byDocument.computeIfAbsent(c.document(), d -> new ArrayList<>()).add(i);
    }
    for (DocumentLink link : links) {
      Map<String, Integer> shared = new HashMap<>();
      for (int i : byDocument.getOrDefault(link.from(), List.of())) {
        if (link.fromSpan().contains(claims.get(i).sentence())) {
          shared.putIfAbsent(valueKey(claims.get(i)), i);
        }
      }
      for (int i : byDocument.getOrDefault(link.to(), List.of())) {
        Integer other = shared.get(valueKey(claims.get(i)));
        if (other != null && link.toSpan().contains(claims.get(i).sentence())) {
          union(parent, other, i);
        }
      }
    }
    Map<Integer, List<Claim>> members = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(claims.get(i));
    }
    Map<String, Origin> out = new HashMap<>();
    for (List<Claim> group : members.values()) {
      Origin origin = origin(group);
      for (Claim c : group) {
        out.put(c.id(), origin);
      }
    }
    return out;
  }

  /** Named after the first speaker in order of publication, else the earliest author. */
  private Origin origin(List<Claim> group) {
    String id = group.stream().map(Claim::id).min(Comparator.naturalOrder()).orElseThrow();
    List<Claim> ordered = new ArrayList<>(group);
    ordered.sort(
        Comparator.comparing((Claim c) -> documents.get(c.document()), Published.EARLIEST_FIRST)
            .thenComparing(Claim::id));
    String label =
        ordered.stream()
            .filter(c -> c.speaker() != null && !c.speaker().isBlank())
            .map(c -> c.speaker().strip())
            .findFirst()
            .orElseGet(() -> "author of " + earliestDocument(group));
    return new Origin(id, label);
  }

  private String earliestDocument(List<Claim> group) {
    return group.stream()
        .map(c -> documents.get(c.document()))
        .min(Published.EARLIEST_FIRST)
        .orElseThrow()
        .name();
  }

  private static String speakerKey(Claim c) {
    String who =
        c.speaker() == null || c.speaker().isBlank()
            ? "author of " + c.document()
            : "speaker " + normalise(c.speaker());
    return who + "|" + valueKey(c);
  }

  private static String valueKey(Claim c) {
    return c.property().label() + "|" + c.value();
  }

  /** "The U.N." → "un"; "UNAMI" → "unami". */
  static String normalise(String speaker) {
    String s = speaker.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", "").strip();
    s = s.replaceAll("\\s+", " ");
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
