package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Polarity;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;

/**
 * Stage 4: one figure of one incident, reconciled in UCDP's manner. Every claim is a source; the
 * counting rules ({@link CommentsNeverCorroborate}, {@link DenialsKept}, {@link PartialCounts}) say
 * which do not count and why. Best is the value of the position most origins hold (ties: the one a
 * direct observer holds, the latest of direct observers — {@link LaterDirectObservation} — then the
 * larger: one report's part of the toll, "the couple's two daughters were killed", falls short of
 * another's total more often than a total overstates); exact values make the positions when there
 * are any, else the estimates of bounds and vague amounts. Low and high bound the counted claims:
 * exact values, the bounds of bounded claims (a person told of, at least one, only when nothing
 * exact exists: "he died" estimates no count), and vague estimates when nothing exact exists; best
 * always lies within. The figure is contested when counted origins hold different positions.
 */
final class Figures {

  /**
   * The rules that keep a claim from counting, in the order their notes are given; {@link
   * PartialCounts}, which needs what each claim counts as, comes last.
   */
  static List<CountingRule> countingRules(DenialsKept denials) {
    return List.of(
        new CommentsNeverCorroborate(),
        denials,
        new TotalsOverAPeriod(),
        new TotalsOverSeveralIncidents());
  }

  private final List<CountingRule> rules;
  private final LaterDirectObservation direct;

  Figures(List<CountingRule> rules, LaterDirectObservation direct) {
    this.rules = List.copyOf(rules);
    this.direct = direct;
  }

  Figure reconcile(ClaimProperty property, List<Claim> claims, Map<String, Origin> originOf) {
    return reconcile(property, claims, originOf, Map.of());
  }

  /**
   * @param countsAs what some claims count as instead of their own figure (see {@link
   *     HitCountsIncludeTheKilled})
   */
  Figure reconcile(
      ClaimProperty property,
      List<Claim> claims,
      Map<String, Origin> originOf,
      Map<Claim, HitCountsIncludeTheKilled.Recount> countsAs) {
    List<FigureSource> sources = new ArrayList<>();
    Map<Claim, Long> counts = new HashMap<>();
    countsAs.forEach((c, r) -> counts.put(c, r.value()));
    Map<Claim, String> exclusions = exclusions(claims, new PartialCounts(counts));
    for (Claim c : claims) {
      Optional<String> excluded = Optional.ofNullable(exclusions.get(c));
      HitCountsIncludeTheKilled.Recount as = excluded.isEmpty() ? countsAs.get(c) : null;
      String note = excluded.orElse(as != null ? as.note() : note(c));
      sources.add(
          new FigureSource(
              c,
              originOf.get(c.id()).id(),
              excluded.isEmpty(),
              note,
              as == null ? null : as.value()));
    }
    List<Position> positions = Position.of(sources);
    Comparator<Position> byCredibility =
        Comparator.<Position>comparingInt(p -> p.origins(originOf).size())
            .thenComparing(Position::claims, direct.preference())
            .thenComparingLong(Position::value);
    Optional<Position> best = positions.stream().max(byCredibility);
    List<Long> lows = new ArrayList<>();
    List<Long> highs = new ArrayList<>();
    bounds(sources, lows, highs);
    best.ifPresent(
        b -> {
          lows.add(b.value());
          highs.add(b.value());
        });
    Long low = lows.stream().min(Comparator.naturalOrder()).orElse(null);
    Long high = highs.stream().max(Comparator.naturalOrder()).orElse(null);
    return new Figure(
        property,
        best.map(Position::value).orElse(null),
        low,
        high,
        positions.size() > 1,
        sources,
        explain(best, positions, byCredibility, originOf, sources.size()));
  }

  /**
   * Why each claim does not count, rule by rule: each rule sees only the claims that the rules
   * before it let count, so a statistic set aside does not make the incident's own toll look like a
   * partial count of it.
   */
  private Map<Claim, String> exclusions(List<Claim> claims, PartialCounts partial) {
    Map<Claim, String> why = new HashMap<>();
    List<CountingRule> all = new ArrayList<>(rules);
    all.add(partial);
    for (CountingRule rule : all) {
      List<Claim> counting = claims.stream().filter(c -> !why.containsKey(c)).toList();
      for (Claim c : counting) {
        rule.excludes(c, counting).ifPresent(reason -> why.put(c, reason));
      }
    }
    return why;
  }

  private String note(Claim c) {
    if (direct.isDirect(c)) {
      return LaterDirectObservation.NOTE;
    }
    return c.polarity() == Polarity.HEDGED ? "hedged" : "";
  }

  /** The lows and highs of the counted sources (see the class comment). */
  private static void bounds(List<FigureSource> sources, List<Long> lows, List<Long> highs) {
    List<FigureSource> counted = sources.stream().filter(FigureSource::counted).toList();
    boolean anyExact = counted.stream().anyMatch(s -> Position.exact(s.claim()));
    for (FigureSource s : counted) {
      Quantity q = s.claim().quantity();
      if (s.countsAs() != null || Position.exact(s.claim())) {
        long value = s.countsAs() != null ? s.countsAs() : q.value();
        lows.add(value);
        highs.add(value);
      } else if (q.isAtLeast(1) && anyExact) {
        continue; // one person told of ("he died"): no estimate of the count
      } else if (q.kind() == QuantityKind.BOUNDED) {
        addIfKnown(lows, q.low() != null ? q.low() : q.estimate());
        addIfKnown(
            highs, q.high() != null ? q.high() : q.estimate() != null ? q.estimate() : q.low());
      } else if (!anyExact) {
        addIfKnown(lows, q.estimate());
        addIfKnown(highs, q.estimate());
      }
    }
  }

  private static void addIfKnown(List<Long> values, Long value) {
    if (value != null) {
      values.add(value);
    }
  }

  /** "52: 3 origins (UNAMI, NCRI, author of 001) against 44 (author of 002)". */
  private static String explain(
      Optional<Position> best,
      List<Position> positions,
      Comparator<Position> byCredibility,
      Map<String, Origin> originOf,
      int sourceCount) {
    if (best.isEmpty()) {
      return "no credible count: " + sourceCount + " source(s), none counted";
    }
    Position b = best.get();
    Map<String, String> origins = b.origins(originOf);
    StringBuilder sb =
        new StringBuilder()
            .append(b.value())
            .append(": ")
            .append(origins.size())
            .append(origins.size() == 1 ? " origin (" : " origins (")
            .append(String.join(", ", origins.values()))
            .append(")");
    List<Position> others =
        positions.stream().filter(p -> p != b).sorted(byCredibility.reversed()).toList();
    for (int i = 0; i < others.size(); i++) {
      Position p = others.get(i);
      sb.append(i == 0 ? " against " : "; ")
          .append(p.value())
          .append(" (")
          .append(String.join(", ", p.origins(originOf).values()))
          .append(")");
    }
    return sb.toString();
  }
}
