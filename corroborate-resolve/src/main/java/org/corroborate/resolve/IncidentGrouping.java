package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.TimePrecision;

/**
 * Stage 2b: the incidents of all documents, from each document's own (see {@link
 * DocumentIncidents}). Never all pairs: each document incident is compared only with the incidents
 * that share a block with it, then joins the one it matches best (see {@link Compatibility}) or
 * starts one. The blocks:
 *
 * <ul>
 *   <li>place × time: a place is <em>at</em> its own name and <em>in</em> its region and country
 *       (see {@link PlaceValue#registerKeys}); a time is in each month its window touches, a year
 *       at its year (see {@link MentionTime#registerKeys}). A block is thus one place in one month,
 *       and a region or a year meets the places and days inside it; in the gun-violence corpus a
 *       block is one city in one month.
 *   <li>shared text: a document incident meets the incidents of the documents it shares a passage
 *       with, and there alone may a side lack a place.
 *   <li>shared names: a document incident meets the incidents of the documents it shares rare names
 *       with (see {@link NameLinks}), on the looser terms of {@link Compatibility}.
 * </ul>
 *
 * <p>The streets their reports name (see {@link Streets}) keep apart, or bring together, the
 * incidents a block holds (see {@link Compatibility}).
 *
 * <p>Document incidents are taken in order of specificity — timed by their claims and placed first,
 * finest time first — so each incident is anchored by its most precise report, and reports dated
 * only by their publication come last and join the nearest anchored incident.
 */
final class IncidentGrouping {

  private static final int PUBLICATION_DATED = 8;
  private static final int UNDATED = 9;
  private static final int UNPLACED = 20;

  private final Compatibility compatibility;
  private final ResolveOptions options;

  IncidentGrouping(Compatibility compatibility, ResolveOptions options) {
    this.compatibility = compatibility;
    this.options = options;
  }

  /**
   * Groups the incidents of single documents into incidents.
   *
   * @param linked for each document, the documents it shares a passage with
   * @param names the documents that share rare names
   * @param streets for each document, the streets it names (see {@link Streets})
   */
  List<MentionGroup> group(
      List<MentionGroup> documentIncidents,
      Map<String, Set<String>> linked,
      NameLinks names,
      Map<String, Set<String>> streets) {
    List<MentionGroup> ordered = new ArrayList<>(documentIncidents);
    ordered.sort(Comparator.comparingInt(IncidentGrouping::specificity));
    Map<String, List<MentionGroup>> blocks = new HashMap<>();
    Map<MentionGroup, Integer> created = new IdentityHashMap<>();
    List<MentionGroup> incidents = new ArrayList<>();
    for (MentionGroup item : ordered) {
      Set<String> near = new LinkedHashSet<>();
      Set<String> named = new LinkedHashSet<>();
      for (String d : item.documents()) {
        near.addAll(linked.getOrDefault(d, Set.of()));
        named.addAll(names.of(d));
      }
      MentionGroup best = null;
      int bestScore = Compatibility.NONE;
      for (MentionGroup candidate : candidates(item, near, named, blocks)) {
        boolean shareText = candidate.documents().stream().anyMatch(near::contains);
        int s =
            compatibility.score(
                candidate,
                item,
                shareText,
                nameWeight(candidate, item, names),
                Streets.between(candidate.documents(), item.documents(), streets));
        if (s > bestScore
            || (s == bestScore && best != null && earlier(candidate, best, created))) {
          best = candidate;
          bestScore = s;
        }
      }
      MentionGroup target = best;
      if (target == null) {
        target = item;
        created.put(item, incidents.size());
        incidents.add(item);
      } else {
        target.absorb(item);
      }
      for (String key : registerKeys(item)) {
        List<MentionGroup> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
        if (!block.contains(target)) {
          block.add(target);
        }
      }
    }
    return incidents;
  }

  /**
   * The weight of the rare names the incident's anchor report (see {@link
   * MentionGroup#anchorDocument}) shares most with the other's reports, 0 when none. Only the
   * anchor's names count: an incident whose every report lent its names would draw in any report
   * that shares two names with one of them, and grow from story to story.
   */
  private static double nameWeight(MentionGroup incident, MentionGroup item, NameLinks names) {
    double max = 0;
    for (String y : item.documents()) {
      max = Math.max(max, names.weight(incident.anchorDocument(), y));
    }
    return max;
  }

  private static boolean earlier(
      MentionGroup a, MentionGroup b, Map<MentionGroup, Integer> created) {
    return created.get(a) < created.get(b);
  }

  private Collection<MentionGroup> candidates(
      MentionGroup item,
      Set<String> near,
      Set<String> named,
      Map<String, List<MentionGroup>> blocks) {
    Set<MentionGroup> out = Collections.newSetFromMap(new IdentityHashMap<>());
    List<MentionGroup> ordered = new ArrayList<>();
    List<String> keys = new ArrayList<>(combine(item, false));
    for (String d : near) {
      keys.add("doc:" + d);
    }
    for (String d : named) {
      keys.add("doc:" + d);
    }
    for (String key : keys) {
      for (MentionGroup g : blocks.getOrDefault(key, List.of())) {
        if (out.add(g)) {
          ordered.add(g);
        }
      }
    }
    return ordered;
  }

  private List<String> registerKeys(MentionGroup item) {
    List<String> keys = new ArrayList<>(combine(item, true));
    for (String d : item.documents()) {
      keys.add("doc:" + d);
    }
    return keys;
  }

  /** The place × time block keys of an item, to register it or to look up its candidates. */
  private Set<String> combine(MentionGroup item, boolean register) {
    Set<String> keys = new LinkedHashSet<>();
    if (item.place() == null || item.time() == null) {
      return keys;
    }
    List<String> places =
        register ? PlaceValue.registerKeys(item.place()) : PlaceValue.lookupKeys(item.place());
    List<String> times =
        register ? item.time().registerKeys(options) : item.time().lookupKeys(options);
    for (String p : places) {
      for (String t : times) {
        keys.add(p + "|" + t);
      }
    }
    return keys;
  }

  /**
   * Placed and timed by claims first, finer times first; then dated by publication; then the rest.
   */
  private static int specificity(MentionGroup g) {
    int unplaced = g.place() == null ? UNPLACED : 0;
    MentionTime t = g.time();
    if (t == null) {
      return unplaced + UNDATED;
    }
    if (t.weak()) {
      return unplaced + PUBLICATION_DATED;
    }
    return unplaced + TimePrecision.MINUTE.ordinal() - t.value().precision().ordinal();
  }
}
