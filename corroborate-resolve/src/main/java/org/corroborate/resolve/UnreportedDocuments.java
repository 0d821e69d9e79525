package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 2c: reports that state no incident of their own — their text counts nobody, or only their
 * headline says what happened — counted among the reports of the incident they are about, when that
 * is clear: the incident of the document they share the most rare names with, when they share
 * enough to tell one story (see {@link NameLinks#ONE_STORY_WEIGHT}); else the one incident at the
 * town their words name, begun within {@link #DAYS_BEFORE_PUBLICATION} days before they were
 * published, when there is exactly one. Fewer shared names are too weak a sign for a page that
 * reports nothing: a site's sign-in page and a report from that site share its page furniture
 * ("Privacy Policy").
 */
final class UnreportedDocuments {

  /** How long before its publication a report's incident may have begun. */
  static final int DAYS_BEFORE_PUBLICATION = 7;

  private UnreportedDocuments() {}

  static void attach(
      Map<String, DocumentInfo> documents, List<MentionGroup> groups, NameLinks names) {
    Map<String, MentionGroup> incidentOf = new HashMap<>();
    PlaceWords<MentionGroup> atTowns = new PlaceWords<>(MentionGroup::place);
    for (MentionGroup g : groups) {
      for (String d : g.documents()) {
        incidentOf.putIfAbsent(d, g);
      }
      if (g.place() != null && g.place().lat() != null) {
        atTowns.add(g);
      }
    }
    for (DocumentInfo d : documents.values()) {
      if (incidentOf.containsKey(d.id())) {
        continue;
      }
      names.of(d.id()).stream()
          .filter(incidentOf::containsKey)
          .filter(other -> names.weight(d.id(), other) >= NameLinks.ONE_STORY_WEIGHT)
          .max(
              Comparator.comparingDouble((String other) -> names.weight(d.id(), other))
                  .thenComparing(Comparator.reverseOrder()))
          .map(incidentOf::get)
          .or(() -> onlyIncidentAtItsTown(d, atTowns))
          .ifPresent(g -> g.attach(d.id()));
    }
  }

  private static Optional<MentionGroup> onlyIncidentAtItsTown(
      DocumentInfo d, PlaceWords<MentionGroup> atTowns) {
    if (d.published() == null) {
      return Optional.empty();
    }
    LocalDate from = d.published().minusDays(DAYS_BEFORE_PUBLICATION);
    List<MentionGroup> found =
        atTowns.namedIn(d.names()).stream()
            .filter(
                g -> {
                  LocalDate began = g.time() == null ? null : g.time().first();
                  return began != null && !began.isBefore(from) && !began.isAfter(d.published());
                })
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
