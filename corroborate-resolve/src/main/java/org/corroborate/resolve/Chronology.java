package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.ChronologyEntry;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.TimeValue;

/**
 * Stage 6: the dated sub-events of an incident, one entry per time and event type of its credible
 * TIME claims ("2013-09-01T06:00 attack", "2013-09-02 statement"), in time order (a coarser time
 * before a finer one that starts with it), each with its claims.
 */
final class Chronology {

  List<ChronologyEntry> of(List<Claim> claims) {
    Map<String, List<Claim>> byEntry = new LinkedHashMap<>();
    Map<String, TimeValue> timeOf = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.property() != ClaimProperty.TIME || !Credible.is(c)) {
        continue;
      }
      Optional<TimeValue> t = MentionTime.parse(c.value());
      if (t.isPresent()) {
        String key = c.value() + "|" + c.eventType();
        timeOf.putIfAbsent(key, t.get());
        byEntry.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    List<ChronologyEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byEntry.entrySet()) {
      out.add(
          new ChronologyEntry(
              timeOf.get(e.getKey()),
              e.getValue().get(0).eventType(),
              e.getValue().stream().map(Claim::id).toList()));
    }
    out.sort(
        Comparator.comparing((ChronologyEntry e) -> MentionTime.lowerBound(e.time()))
            .thenComparing(e -> e.time().precision())
            .thenComparing(ChronologyEntry::description));
    return out;
  }
}
