package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Place;
import org.corroborate.model.TimeValue;

/**
 * Stage 1: a document's claims grouped by their event mention. The mention's time is that of its
 * most precise credible TIME claim (ties: the most frequent, then the earliest: a sentence that
 * names two days, "Tuesday marks the anniversary of the attack of 1 September", reports the earlier
 * as the event and the later as its remembrance); its place that of its most frequent credible
 * PLACE claim (ties: the most detailed, then the first); its type the most frequent event type of
 * its claims.
 */
final class EventMentions {

  /** The event mentions of the claims, in the order their first claims come. */
  List<EventMention> of(List<Claim> claims) {
    Map<String, List<Claim>> byEvent = new LinkedHashMap<>();
    for (Claim c : claims) {
      byEvent.computeIfAbsent(c.document() + "|" + c.event(), k -> new ArrayList<>()).add(c);
    }
    List<EventMention> out = new ArrayList<>(byEvent.size());
    for (List<Claim> group : byEvent.values()) {
      Claim first = group.get(0);
      out.add(
          new EventMention(
              first.event(),
              first.document(),
              Tally.mostFrequent(group.stream().map(Claim::eventType).toList()).orElseThrow(),
              time(group).orElse(null),
              place(group).orElse(null),
              group));
    }
    return out;
  }

  private static Optional<MentionTime> time(List<Claim> claims) {
    List<TimeValue> times = new ArrayList<>();
    for (Claim c : claims) {
      if (c.property() == ClaimProperty.TIME && Credible.is(c)) {
        MentionTime.parse(c.value()).ifPresent(times::add);
      }
    }
    Optional<Integer> finest =
        times.stream().map(t -> t.precision().ordinal()).max(Comparator.naturalOrder());
    return finest.flatMap(
        p ->
            Tally.mostFrequent(
                    times.stream()
                        .filter(t -> t.precision().ordinal() == p)
                        .sorted(Comparator.comparing(TimeValue::iso))
                        .toList())
                .map(t -> new MentionTime(t, false)));
  }

  private static Optional<Place> place(List<Claim> claims) {
    List<Claim> placed =
        claims.stream().filter(c -> c.property() == ClaimProperty.PLACE && Credible.is(c)).toList();
    return Tally.mostFrequent(placed, Claim::value, EventMentions::detail)
        .flatMap(c -> PlaceValue.parse(c.value(), "claim:" + c.id()));
  }

  private static int detail(Claim place) {
    return PlaceValue.parse(place.value(), place.id()).map(PlaceValue::detail).orElse(0);
  }
}
