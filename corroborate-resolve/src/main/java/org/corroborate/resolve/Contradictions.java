package org.corroborate.resolve;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * Stage 5: where the sources of one incident disagree, each side naming its claims:
 *
 * <ul>
 *   <li>a figure whose counted origins hold different values (see {@link Figures});
 *   <li>the start time: credible TIME claims of the incident's type giving different hours of one
 *       day (midnight — {@code T24:00} the day before — against 06:00);
 *   <li>the date: credible day-precise TIME claims of the incident's type on different days, inside
 *       one document or across documents;
 *   <li>denials against assertions (see {@link DenialsKept}).
 * </ul>
 */
final class Contradictions {

  private final DenialsKept denials;

  Contradictions(DenialsKept denials) {
    this.denials = denials;
  }

  List<Contradiction> of(
      List<Claim> claims, Collection<Figure> figures, String type, Map<String, Origin> originOf) {
    List<Contradiction> out = new ArrayList<>();
    for (Figure f : figures) {
      if (f.contested()) {
        out.add(figure(f, originOf));
      }
    }
    List<Claim> times = new ArrayList<>();
    for (Claim c : claims) {
      if (c.property() == ClaimProperty.TIME
          && Credible.is(c)
          && EventFamilies.compatible(type, c.eventType())
          && MentionTime.parse(c.value()).filter(MentionTime::dayPrecise).isPresent()) {
        times.add(c);
      }
    }
    Map<LocalDate, List<Claim>> byDay = new TreeMap<>();
    for (Claim c : times) {
      byDay.computeIfAbsent(start(c).toLocalDate(), d -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<LocalDate, List<Claim>> day : byDay.entrySet()) {
      Map<String, List<Claim>> byHour = new TreeMap<>();
      for (Claim c : day.getValue()) {
        TimePrecision p = MentionTime.parse(c.value()).orElseThrow().precision();
        if (p == TimePrecision.HOUR || p == TimePrecision.MINUTE) {
          String hour = String.format(Locale.ROOT, "%sT%02d:00", day.getKey(), start(c).getHour());
          byHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(c);
        }
      }
      if (byHour.size() > 1) {
        out.add(sides(ClaimProperty.TIME, "start time on " + day.getKey() + ": ", byHour));
      }
    }
    if (byDay.size() > 1) {
      Map<String, List<Claim>> days = new TreeMap<>();
      byDay.forEach((d, cs) -> days.put(d.toString(), cs));
      out.add(sides(ClaimProperty.TIME, "date: ", days));
    }
    out.addAll(denials.contradictions(claims));
    return out;
  }

  private static Contradiction figure(Figure f, Map<String, Origin> originOf) {
    List<Contradiction.Side> sides = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Position p : Position.of(f.sources())) {
      int n = p.origins(originOf).size();
      parts.add(p.value() + " (" + n + (n == 1 ? " origin)" : " origins)"));
      sides.add(
          new Contradiction.Side(
              Long.toString(p.value()), p.claims().stream().map(Claim::id).toList()));
    }
    return new Contradiction(
        f.property(), f.property().label() + ": " + String.join(" or ", parts), sides);
  }

  private static Contradiction sides(
      ClaimProperty property, String prefix, Map<String, List<Claim>> byValue) {
    List<Contradiction.Side> sides = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byValue.entrySet()) {
      sides.add(new Contradiction.Side(e.getKey(), e.getValue().stream().map(Claim::id).toList()));
    }
    return new Contradiction(property, prefix + String.join(" or ", byValue.keySet()), sides);
  }

  private static LocalDateTime start(Claim c) {
    TimeValue t = MentionTime.parse(c.value()).orElseThrow();
    return MentionTime.lowerBound(t);
  }
}
