package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.FigureSource;
import org.corroborate.model.QuantityKind;

/** One value of a figure that credible sources give, with the sources that give it. */
record Position(long value, List<FigureSource> sources) {

  Position {
    sources = List.copyOf(sources);
  }

  /** The origins behind the position, by id, with their labels. */
  Map<String, String> origins(Map<String, Origin> originOf) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FigureSource s : sources) {
      Origin o = originOf.get(s.claim().id());
      out.putIfAbsent(o.id(), o.label());
    }
    return out;
  }

  List<Claim> claims() {
    return sources.stream().map(FigureSource::claim).toList();
  }

  /**
   * The positions of a figure's counted sources: by exact value when any source is exact, else by
   * the estimate of bounds and vague amounts ("dozens" as 12).
   */
  static List<Position> of(List<FigureSource> sources) {
    List<FigureSource> counted = sources.stream().filter(FigureSource::counted).toList();
    boolean anyExact = counted.stream().anyMatch(s -> exact(s.claim()));
    Map<Long, List<FigureSource>> byValue = new LinkedHashMap<>();
    for (FigureSource s : counted) {
      Long v = s.countsAs() != null ? s.countsAs() : PartialCounts.count(s.claim());
      if (v != null && (exact(s.claim()) || !anyExact)) {
        byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(s);
      }
    }
    return byValue.entrySet().stream().map(e -> new Position(e.getKey(), e.getValue())).toList();
  }

  static boolean exact(Claim c) {
    QuantityKind k = c.quantity().kind();
    return k == QuantityKind.EXACT || k == QuantityKind.COMPOSITE;
  }
}
