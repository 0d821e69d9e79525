package org.corroborate.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;
import org.corroborate.model.TimeValue;

/**
 * Stage 7: an {@link Incident} from a group of event mentions. Its id hashes the claim ids of its
 * earliest document, so it stays put as later reports join; its type is the most frequent event
 * type; its start the credible TIME claims that fit the group's anchor time, on the day the most
 * reports date it to (then the day the most of their time mentions name), the earliest of them
 * leaving out a time that holds a finer one ("2011-04" beside "2011-04-08"), precision kept — or
 * the day of the report that anchors it (see {@link MentionTime#reported}), marked approximate,
 * when no claim dates it; its end the latest such time of its type wholly after the start that no
 * source disputes (two days or two hours of one day are a dispute, see {@link Contradictions}),
 * else null; its place the most frequent credible PLACE claim; its perpetrators and victims the
 * distinct credible values, most frequent first.
 */
final class IncidentAssembly {

  private final Map<String, DocumentInfo> documents;
  private final Figures figures;
  private final Contradictions contradictions;
  private final Chronology chronology;
  private final ResolveOptions options;

  IncidentAssembly(
      Map<String, DocumentInfo> documents,
      Figures figures,
      Contradictions contradictions,
      Chronology chronology,
      ResolveOptions options) {
    this.documents = documents;
    this.figures = figures;
    this.contradictions = contradictions;
    this.chronology = chronology;
    this.options = options;
  }

  Incident assemble(MentionGroup group, Map<String, Origin> originOf) {
    List<Claim> claims = group.claims();
    List<DocumentInfo> docs =
        new LinkedHashSet<>(claims.stream().map(c -> documents.get(c.document())).toList())
            .stream().sorted(Published.EARLIEST_FIRST).toList();
    List<Claim> credible = claims.stream().filter(Credible::is).toList();
    // the background of the story (the arrest, the visit) dates and places nothing
    List<Claim> own = group.ownClaims();
    List<Claim> ownCredible = own.stream().filter(Credible::is).toList();
    String type =
        Tally.mostFrequent(
                (ownCredible.isEmpty() ? own : ownCredible).stream().map(Claim::eventType).toList())
            .orElseThrow();
    Map<ClaimProperty, Figure> figureMap = new EnumMap<>(ClaimProperty.class);
    List<Claim> figureClaims = claims.stream().filter(c -> c.property().isFigure()).toList();
    for (ClaimProperty p : ClaimProperty.values()) {
      List<Claim> of = claims.stream().filter(c -> c.property() == p).toList();
      if (p.isFigure() && !of.isEmpty()) {
        Map<Claim, HitCountsIncludeTheKilled.Recount> countsAs =
            new HashMap<>(
                p == ClaimProperty.INJURED
                    ? HitCountsIncludeTheKilled.countsAs(
                        of, countedKilled(figureMap), bestKilled(figureMap))
                    : Map.of());
        countsAs.putAll(OthersBesideOne.countsAs(of, figureClaims, countsAs));
        figureMap.put(p, figures.reconcile(p, of, originOf, countsAs));
      }
    }
    List<Contradiction> found = contradictions.of(own, figureMap.values(), type, originOf);
    TimeValue start =
        start(ownCredible, group.time()).orElse(group.time() == null ? null : group.time().value());
    Place place =
        group.place() != null && group.place().lat() != null
            ? group.place()
            : place(ownCredible).orElse(group.place());
    return new Incident(
        id(claims, docs.get(0)),
        title(type, place, start),
        type,
        start,
        end(start, type, ownCredible, group.time(), found),
        place,
        ranked(credible, ClaimProperty.PERPETRATOR),
        ranked(credible, ClaimProperty.VICTIM),
        reports(group, docs),
        figureMap,
        found,
        chronology.of(claims));
  }

  /** The incident's best count of the killed, 0 when none (KILLED is reconciled first). */
  private static long bestKilled(Map<ClaimProperty, Figure> figureMap) {
    Figure killed = figureMap.get(ClaimProperty.KILLED);
    return killed == null || killed.best() == null ? 0 : killed.best();
  }

  /** The killed claims that count toward the incident's figure (KILLED is reconciled first). */
  private static List<Claim> countedKilled(Map<ClaimProperty, Figure> figureMap) {
    Figure killed = figureMap.get(ClaimProperty.KILLED);
    return killed == null
        ? List.of()
        : killed.sources().stream().filter(FigureSource::counted).map(FigureSource::claim).toList();
  }

  /** The documents that report the group: those of its claims first, then those attached. */
  private List<String> reports(MentionGroup group, List<DocumentInfo> ofClaims) {
    Set<String> out = new LinkedHashSet<>();
    ofClaims.forEach(d -> out.add(d.id()));
    group.documents().stream()
        .map(documents::get)
        .sorted(Published.EARLIEST_FIRST)
        .forEach(d -> out.add(d.id()));
    return List.copyOf(out);
  }

  /**
   * When the incident began: the day the most reports date it to (ties: the day the most distinct
   * time mentions name, then the earliest: a report of "Saturday" once and "Sunday" in the lead and
   * again in the body means Sunday), at the finest time they give on that day — one report's
   * minute-precise "01:52" on the day after does not outweigh three reports of "Sunday night";
   * without a day, the finest coarser time.
   */
  private Optional<TimeValue> start(List<Claim> credible, MentionTime anchor) {
    Map<String, Set<String>> reportsByDay = new TreeMap<>();
    Map<String, Set<String>> mentionsByDay = new HashMap<>();
    Map<String, List<TimeValue>> timesByDay = new HashMap<>();
    List<TimeValue> fitting = new ArrayList<>();
    for (Claim c : credible) {
      Optional<TimeValue> t = fitting(c, anchor);
      if (t.isEmpty()) {
        continue;
      }
      fitting.add(t.get());
      if (MentionTime.dayPrecise(t.get())) {
        String day = t.get().iso().substring(0, 10);
        reportsByDay.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(c.document());
        mentionsByDay
            .computeIfAbsent(day, d -> new HashSet<>())
            .add(c.document() + "@" + c.valueSpan());
        timesByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(t.get());
      }
    }
    List<TimeValue> candidates = fitting;
    String mostReported = null;
    for (Map.Entry<String, Set<String>> e : reportsByDay.entrySet()) {
      if (mostReported == null) {
        mostReported = e.getKey();
        continue;
      }
      int reports = e.getValue().size() - reportsByDay.get(mostReported).size();
      int mentions = mentionsByDay.get(e.getKey()).size() - mentionsByDay.get(mostReported).size();
      if (reports > 0 || (reports == 0 && mentions > 0)) {
        mostReported = e.getKey();
      }
    }
    if (mostReported != null) {
      candidates = timesByDay.get(mostReported);
    }
    return mostPrecise(candidates).stream().min(Comparator.comparing(MentionTime::lowerBound));
  }

  /** A credible TIME claim's value, when it fits the group's anchor. */
  private Optional<TimeValue> fitting(Claim c, MentionTime anchor) {
    if (c.property() != ClaimProperty.TIME) {
      return Optional.empty();
    }
    return MentionTime.parse(c.value())
        .filter(t -> anchor == null || new MentionTime(t, false).compatible(anchor, options));
  }

  /** The credible times that fit the group's anchor (a retrospective date in passing does not). */
  private List<TimeValue> fittingTimes(List<Claim> credible, MentionTime anchor) {
    List<TimeValue> out = new ArrayList<>();
    for (Claim c : credible) {
      fitting(c, anchor).ifPresent(out::add);
    }
    return out;
  }

  /** The times that hold no finer time: "2011-04" goes when "2011-04-08" is there. */
  private static List<TimeValue> mostPrecise(List<TimeValue> times) {
    List<TimeValue> out = new ArrayList<>();
    for (TimeValue t : times) {
      LocalDateTime from = MentionTime.lowerBound(t);
      LocalDateTime to = upperBound(t);
      boolean holdsFiner =
          times.stream()
              .anyMatch(
                  u ->
                      u.precision().compareTo(t.precision()) > 0
                          && !MentionTime.lowerBound(u).isBefore(from)
                          && MentionTime.lowerBound(u).isBefore(to));
      if (!holdsFiner) {
        out.add(t);
      }
    }
    return out;
  }

  private TimeValue end(
      TimeValue start,
      String type,
      List<Claim> credible,
      MentionTime anchor,
      List<Contradiction> found) {
    if (start == null) {
      return null;
    }
    Set<String> disputed = new LinkedHashSet<>();
    for (Contradiction c : found) {
      if (c.property() == ClaimProperty.TIME) {
        c.sides().forEach(s -> disputed.addAll(s.claims()));
      }
    }
    List<Claim> undisputed =
        credible.stream()
            .filter(
                c -> !disputed.contains(c.id()) && EventFamilies.compatible(type, c.eventType()))
            .toList();
    LocalDateTime after = upperBound(start);
    return fittingTimes(undisputed, anchor).stream()
        .filter(t -> !MentionTime.lowerBound(t).isBefore(after))
        .max(Comparator.comparing(MentionTime::lowerBound))
        .orElse(null);
  }

  /** The first instant after the whole of a time: 2013-09 ends at 2013-10-01T00:00. */
  private static LocalDateTime upperBound(TimeValue t) {
    LocalDateTime from = MentionTime.lowerBound(t);
    return switch (t.precision()) {
      case YEAR -> from.plusYears(1);
      case MONTH -> from.plusMonths(1);
      case DAY -> from.plusDays(1);
      case HOUR -> from.plusHours(1);
      case MINUTE, UNKNOWN -> from.plusMinutes(1);
    };
  }

  private static Optional<Place> place(List<Claim> credible) {
    List<Claim> placed =
        credible.stream().filter(c -> c.property() == ClaimProperty.PLACE).toList();
    return Tally.mostFrequent(
            placed,
            Claim::value,
            c -> PlaceValue.parse(c.value(), c.id()).map(PlaceValue::detail).orElse(0))
        .flatMap(c -> PlaceValue.parse(c.value(), "claim:" + c.id()));
  }

  private static List<String> ranked(List<Claim> credible, ClaimProperty property) {
    return Tally.ranked(
        credible.stream().filter(c -> c.property() == property).map(Claim::value).toList());
  }

  /** "Attack in Camp Ashraf, Diyala, IQ, 2013-09-01". */
  static String title(String type, Place place, TimeValue start) {
    StringBuilder sb =
        new StringBuilder(type.substring(0, 1).toUpperCase(Locale.ROOT)).append(type.substring(1));
    if (place != null) {
      sb.append(" in ").append(PlaceValue.label(place));
    }
    if (start != null) {
      sb.append(", ").append(start.iso(), 0, Math.min(10, start.iso().length()));
    }
    return sb.toString();
  }

  /** A hash of the sorted ids of the incident's claims in its earliest document. */
  private static String id(List<Claim> claims, DocumentInfo earliest) {
    List<String> ids =
        claims.stream()
            .filter(c -> c.document().equals(earliest.id()))
            .map(Claim::id)
            .sorted()
            .toList();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("|", ids).getBytes(StandardCharsets.UTF_8));
      return "incident-" + HexFormat.of().formatHex(digest).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
