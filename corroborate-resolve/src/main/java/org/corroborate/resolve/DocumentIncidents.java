package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corroborate.model.Place;

/**
 * Stage 2a: the incidents one document reports. Its event mentions are taken most specific first
 * (time and place, then time, then place), each joining the group it matches best (see {@link
 * Compatibility}; a missing place does not part them, and a mention with no time prefers a group of
 * the day to one of a month or a year) or starting one, so a report of an attack that recalls an
 * earlier attack at the same camp in another year yields two groups. Mentions with neither time nor
 * place ("the attack", "52 were killed") join the group of the nearest event mention before them
 * when their types fit, else the document's main incident — the group with the most figures, then
 * the most claims — when their types are compatible, and are left out otherwise; when nothing in
 * the document is timed or placed they form groups of their own, and so do violent ones when only
 * what is not violence is ("a guard was shot in the arm" in a report of an arrest "on Tuesday").
 * Groups without a time of their own are dated by the day the report's lead gives, else its
 * publication date, marked weak. A group is kept when it is an incident (see {@link
 * MentionGroup#isIncident}); a report with no incident keeps its main group, placed at the report's
 * own place. In a report that counts victims, a group it gives no count for joins a counted group
 * of the same week as part of its story, or stays apart only when dated and placed by its own
 * words; a group whose only counts are totals over a period ("within the last year, three children
 * died") is a statistic, not an incident (see {@link TotalsOverAPeriod}).
 */
final class DocumentIncidents {

  /** What a group of a month or a year loses against one of the day for a mention untimed. */
  private static final int PASSING = 1000;

  private final Compatibility compatibility;

  DocumentIncidents(Compatibility compatibility) {
    this.compatibility = compatibility;
  }

  /**
   * The incidents of one document's event mentions.
   *
   * @param reported the day they fall back to when their claims date none (see {@link
   *     DocumentInfo#leadDay}), or null
   */
  List<MentionGroup> of(List<EventMention> mentions, LocalDate reported, Place documentPlace) {
    List<MentionGroup> groups = new ArrayList<>();
    List<EventMention> vague = new ArrayList<>();
    List<EventMention> specific = new ArrayList<>();
    for (EventMention named : mentions) {
      EventMention m = onlyFinePlace(named, documentPlace);
      (m.time() == null && m.place() == null ? vague : specific).add(m);
    }
    specific.sort(Comparator.comparingInt(DocumentIncidents::specificity));
    for (EventMention m : specific) {
      MentionGroup single = new MentionGroup(m);
      MentionGroup best = null;
      int bestScore = Compatibility.NONE;
      for (MentionGroup g : groups) {
        int s = compatibility.score(g, single, true);
        if (s > Compatibility.NONE && m.time() == null && !isOfTheDay(g)) {
          s -= PASSING;
        }
        if (s > bestScore) {
          best = g;
          bestScore = s;
        }
      }
      if (best == null) {
        groups.add(single);
      } else {
        best.absorb(single);
      }
    }
    joinMain(groups, vague);
    if (reported != null) {
      groups.forEach(g -> g.fallBackTo(MentionTime.reported(reported)));
    }
    joinArrestsToTheirViolence(groups);
    List<MentionGroup> out = new ArrayList<>();
    for (MentionGroup g : groups) {
      if (g.isIncident()) {
        out.add(g);
      }
    }
    List<MentionGroup> counted = out.stream().filter(g -> g.exactFigures() > 0).toList();
    if (!counted.isEmpty()) {
      for (MentionGroup g : groups) {
        if (!out.contains(g) && g.time() != null && !g.time().weak()) {
          joinedStory(g, counted); // a dated event in passing: the visit, the funeral
        }
      }
      out.removeIf(
          g ->
              g.exactFigures() == 0
                  && (joinedStory(g, counted)
                      || !datedAndPlacedByItsOwnWords(g)
                      || g.onlyTotals()));
    }
    if (documentPlace != null) {
      out.forEach(g -> g.fallBackTo(documentPlace));
    }
    if (out.isEmpty() && documentPlace != null && !groups.isEmpty()) {
      // a report that names events but no figure is still a report of its main event, placed
      // where it is datelined
      MentionGroup main = main(groups);
      main.fallBackTo(documentPlace);
      out.add(main);
    }
    return out;
  }

  private static void joinMain(List<MentionGroup> groups, List<EventMention> vague) {
    if (groups.isEmpty()) {
      for (EventMention m : vague) {
        groups.stream()
            .filter(g -> EventFamilies.compatible(g.type(), m.type()))
            .findFirst()
            .ifPresentOrElse(g -> g.add(m), () -> groups.add(new MentionGroup(m)));
      }
      return;
    }
    MentionGroup main = main(groups);
    boolean violence = groups.stream().anyMatch(g -> EventFamilies.violent(g.type()));
    List<MentionGroup> untold = new ArrayList<>();
    for (EventMention m : vague) {
      MentionGroup told = precedingCompatible(groups, m);
      if (told != null) {
        told.add(m);
      } else if (EventFamilies.compatible(main.type(), m.type())) {
        main.add(m);
      } else if (!violence && EventFamilies.violent(m.type())) {
        untold.stream()
            .filter(g -> EventFamilies.compatible(g.type(), m.type()))
            .findFirst()
            .ifPresentOrElse(g -> g.add(m), () -> untold.add(new MentionGroup(m)));
      }
    }
    groups.addAll(untold);
  }

  /**
   * The group of the nearest event mention before {@code m} in the text, when their types fit: a
   * report tells one event at a time, so "they killed over 30 people" continues the attack the
   * sentence before it dated, not an earlier attack recalled elsewhere.
   */
  private static MentionGroup precedingCompatible(List<MentionGroup> groups, EventMention m) {
    int at = start(m);
    MentionGroup nearest = null;
    int nearestStart = -1;
    for (MentionGroup g : groups) {
      for (EventMention other : g.mentions()) {
        int s = start(other);
        if (s < at && s > nearestStart) {
          nearest = g;
          nearestStart = s;
        }
      }
    }
    return nearest != null && EventFamilies.compatible(nearest.type(), m.type()) ? nearest : null;
  }

  private static int start(EventMention m) {
    return m.claims().stream().mapToInt(c -> c.sentence().start()).min().orElse(0);
  }

  /**
   * In a report placed at a town, a mention placed only in a region or a country ("the regime in
   * Iran", "across Syria") is not placed at all: such names more often qualify an actor or the
   * background than locate the event, and the report's town or the mention's time decides.
   */
  private static EventMention onlyFinePlace(EventMention m, Place documentPlace) {
    if (documentPlace == null || m.place() == null || m.place().lat() != null) {
      return m;
    }
    return new EventMention(m.id(), m.document(), m.type(), m.time(), null, m.claims());
  }

  /**
   * In a report that counts victims, an event it gives no count for is part of the story of a
   * counted incident of the same week (see {@link Compatibility#sameStory}) — the arrest, the
   * visit, the statement — and joins it as background; whether {@code g} joined one. Dated to other
   * days, it is an incident of its own only when its own words date and place it (see {@link
   * #datedAndPlacedByItsOwnWords}).
   */
  private boolean joinedStory(MentionGroup g, List<MentionGroup> counted) {
    for (MentionGroup host : counted) {
      if (compatibility.sameStory(host, g)) {
        if (datesTheUndated(g, host)) {
          host.absorb(g);
        } else {
          host.absorbAsBackground(g);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code g} is the counted incident itself told again with its date: the host is dated
   * only by its report's day and {@code g}, of a violence the host's type fits, by its own words
   * ("One is dead and four wounded" then "the shooting happened just before midnight on Sunday").
   */
  private static boolean datesTheUndated(MentionGroup g, MentionGroup host) {
    return host.time() != null
        && host.time().weak()
        && g.time() != null
        && !g.time().weak()
        && EventFamilies.violent(g.type())
        && EventFamilies.compatible(host.type(), g.type());
  }

  /**
   * In a report of violence, an arrest of the same week and town is part of its story — "a man was
   * arrested in Sunday's shooting" — and joins the violence as background, its count of detained
   * with it: the report's incident is the shooting, not the arrest. Several violent events of the
   * week: the one with the most figures takes it.
   */
  private void joinArrestsToTheirViolence(List<MentionGroup> groups) {
    List<MentionGroup> violent =
        groups.stream().filter(g -> EventFamilies.violent(g.type())).toList();
    if (violent.isEmpty()) {
      return;
    }
    groups.removeIf(
        arrest -> {
          if (!EventFamilies.ARRESTS.equals(EventFamilies.family(arrest.type()))) {
            return false;
          }
          MentionGroup host =
              violent.stream()
                  .filter(v -> compatibility.sameStory(v, arrest) && samePlaceOrNone(v, arrest))
                  .max(Comparator.comparingLong(MentionGroup::figures))
                  .orElse(null);
          if (host == null) {
            return false;
          }
          host.absorbAsBackground(arrest);
          return true;
        });
  }

  private static boolean samePlaceOrNone(MentionGroup a, MentionGroup b) {
    return a.place() == null
        || b.place() == null
        || PlaceValue.match(a.place(), b.place()) != PlaceValue.Match.NONE;
  }

  /**
   * Whether a group's own sentences date it and place it at a town or a site. In a report that
   * gives figures, an event without figures is an incident of its own only so: otherwise it is the
   * background of the figures' incident ("the camp had been attacked before").
   */
  private static boolean datedAndPlacedByItsOwnWords(MentionGroup g) {
    return g.time() != null && !g.time().weak() && g.place() != null && g.place().lat() != null;
  }

  /** The group with the most figures, then the most claims, then the first. */
  private static MentionGroup main(List<MentionGroup> groups) {
    return groups.stream()
        .max(
            Comparator.comparingLong(MentionGroup::figures)
                .thenComparingLong(MentionGroup::claimCount)
                .thenComparingInt(g -> -groups.indexOf(g)))
        .orElseThrow();
  }

  /** 0 for a mention with time and place, 1 with a time, 2 with a place. */
  /**
   * Whether a group tells the news of a day, not a month's or a year's: a mention with a place and
   * no time ("two more were shot dead in Orlen") joins a group of the day before one of a year
   * ("murders in Orlen reached 80 in 2013"), whatever their places.
   */
  private static boolean isOfTheDay(MentionGroup g) {
    return g.time() == null || g.time().dayPrecise();
  }

  private static int specificity(EventMention m) {
    if (m.time() != null && m.place() != null) {
      return 0;
    }
    return m.time() != null ? 1 : 2;
  }
}
