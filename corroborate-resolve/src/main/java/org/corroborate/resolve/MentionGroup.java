package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.Place;

/**
 * Event mentions taken for one incident while grouping, with the anchor new mentions are compared
 * with: the first of its most precise credible times, its most detailed place and its first type.
 * Comparing with the anchor, not with every member, keeps groups from chaining day after day.
 */
final class MentionGroup {

  private final List<EventMention> mentions = new ArrayList<>();
  private final Set<EventMention> background = new HashSet<>();
  private final Set<String> documents = new LinkedHashSet<>();
  private final String type;
  private MentionTime time;
  private Place place;

  MentionGroup(EventMention first) {
    this.type = first.type();
    add(first);
  }

  void add(EventMention m) {
    mentions.add(m);
    documents.add(m.document());
    time = finer(time, m.time());
    if (m.place() != null && (place == null || PlaceValue.detail(m.place()) > detail())) {
      place = m.place();
    }
  }

  /**
   * Counts a document among the group's reports though none of its claims is the group's: it states
   * no incident of its own, and names what the group's reports or place name (see {@link
   * UnreportedDocuments}).
   */
  void attach(String document) {
    documents.add(document);
  }

  /**
   * Takes in every mention of another group, its background as background; the other group's anchor
   * time is kept when finer.
   */
  void absorb(MentionGroup other) {
    for (EventMention m : other.mentions) {
      if (other.background.contains(m)) {
        addBackground(m);
      } else {
        add(m);
      }
    }
    time = finer(time, other.time);
  }

  /**
   * Gives a group its report's own place when none of its claims places it, or when they place it
   * only in the region or country that holds the report's place.
   */
  void fallBackTo(Place documentPlace) {
    if (place == null || PlaceValue.holds(place, documentPlace)) {
      place = documentPlace;
    }
  }

  /** Gives a group its report's day (see {@link MentionTime#reported}) when no claim dates it. */
  void fallBackTo(MentionTime reported) {
    if (time == null) {
      time = reported;
    }
  }

  private static MentionTime finer(MentionTime current, MentionTime candidate) {
    if (candidate == null) {
      return current;
    }
    if (current == null || (current.weak() && !candidate.weak())) {
      return candidate;
    }
    if (!candidate.weak()
        && candidate.value().precision().ordinal() > current.value().precision().ordinal()) {
      return candidate;
    }
    return current;
  }

  private int detail() {
    return place == null ? 0 : PlaceValue.detail(place);
  }

  List<EventMention> mentions() {
    return List.copyOf(mentions);
  }

  Set<String> documents() {
    return Set.copyOf(documents);
  }

  /** The document of the group's first mention, its anchor. */
  String anchorDocument() {
    return documents.iterator().next();
  }

  String type() {
    return type;
  }

  /** The anchor time, or null when neither claims nor a publication date date the group. */
  MentionTime time() {
    return time;
  }

  Place place() {
    return place;
  }

  List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (EventMention m : mentions) {
      out.addAll(m.claims());
    }
    return out;
  }

  /** The claims of the mentions that are the incident itself, not the background of its story. */
  List<Claim> ownClaims() {
    List<Claim> out = new ArrayList<>();
    for (EventMention m : mentions) {
      if (!background.contains(m)) {
        out.addAll(m.claims());
      }
    }
    return out;
  }

  long figures() {
    return mentions.stream().mapToLong(EventMention::figures).sum();
  }

  long exactFigures() {
    return mentions.stream().mapToLong(EventMention::exactFigures).sum();
  }

  /**
   * Whether every figure of the group is a count a period plainly scopes (see {@link
   * TotalsOverAPeriod#scopesTheCount}): a statistic, no incident.
   */
  boolean onlyTotals() {
    long totals = mentions.stream().mapToLong(EventMention::totals).sum();
    return totals > 0 && totals == figures();
  }

  /**
   * Takes in another group's mentions as part of this incident's story — an arrest, a visit, a
   * statement — leaving the anchor time and place as they are.
   */
  void absorbAsBackground(MentionGroup other) {
    other.mentions.forEach(this::addBackground);
  }

  private void addBackground(EventMention m) {
    mentions.add(m);
    background.add(m);
    documents.add(m.document());
  }

  long claimCount() {
    return mentions.stream().mapToLong(m -> m.claims().size()).sum();
  }

  /**
   * An incident needs a figure, or an OCCURRED claim placed finer than a region, or placed and
   * dated by its own words. An event named in passing with only the publication date and a country
   * ("the regime's crimes in Iran") is not an incident of its own.
   */
  boolean isIncident() {
    if (figures() > 0) {
      return true;
    }
    if (mentions.stream().noneMatch(EventMention::occurred) || place == null) {
      return false;
    }
    boolean ownTime = time != null && !time.weak();
    boolean finePlace = !"country".equals(place.kind()) && !"admin1".equals(place.kind());
    return ownTime || finePlace;
  }
}
