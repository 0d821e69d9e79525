package org.corroborate.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.model.Place;
import org.corroborate.model.TimeValue;

/** The coded columns of the UCDP GED, derived as {@link CsvExport} documents. */
final class UcdpCodes {

  private static final List<String> CLASH_WORDS =
      List.of("clash", "battle", "fighting", "exchange of fire", "firefight");

  private final Set<String> stateActors;

  /**
   * @param stateActors names of the state's forces in this case, compared without regard to case
   */
  UcdpCodes(Set<String> stateActors) {
    this.stateActors =
        stateActors.stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  int typeOfViolence(String eventType, List<String> perpetrators, List<String> victims) {
    String type = eventType.toLowerCase(Locale.ROOT).replace('_', ' ');
    if (CLASH_WORDS.stream().noneMatch(type::contains)) {
      return 3;
    }
    boolean state =
        perpetrators.stream().anyMatch(this::isState) || victims.stream().anyMatch(this::isState);
    return state ? 1 : 2;
  }

  private boolean isState(String actor) {
    return stateActors.contains(actor.toLowerCase(Locale.ROOT));
  }

  /** The date precision code, or null when {@code start} is null. */
  static Integer datePrecision(TimeValue start, TimeValue end) {
    if (start == null) {
      return null;
    }
    TimeRange from = TimeRange.of(start);
    long days = from.daysThrough(TimeRange.of(end == null ? start : end));
    if (days <= 1) {
      return start.approximate() ? 2 : 1;
    }
    if (days <= 6) {
      return 2;
    }
    if (days == 7) {
      return 3;
    }
    return days <= 31 ? 4 : 5;
  }

  /** The place precision code, or null when {@code place} is null. */
  static Integer wherePrecision(Place place) {
    if (place == null) {
      return null;
    }
    String kind = place.kind() == null ? "" : place.kind().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "country" -> 6;
      case "admin1", "province", "governorate", "state" -> 4;
      case "admin2", "district" -> 3;
      case "region", "area" -> 5;
      default -> 1;
    };
  }
}
