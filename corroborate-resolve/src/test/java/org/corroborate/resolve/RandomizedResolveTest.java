package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.Figure;
import org.corroborate.model.Incident;
import org.junit.jupiter.api.Test;

/**
 * Random shootings in random towns, each reported by a few random reports whose dates are stated
 * exactly, a day late, or not at all (left to the publication date, 0–2 days after): grouping must
 * recover the shootings exactly, and every figure must keep low ≤ best ≤ high. The seed is printed;
 * rerun one with {@code -Dtests.seed=...}.
 */
class RandomizedResolveTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
  private static final int MIN_DAYS_BETWEEN_SHOOTINGS_IN_A_TOWN = 10;

  private final long seed = Long.getLong("tests.seed", System.nanoTime());

  @Test
  void random_reports_of_random_shootings_group_back_into_the_shootings() {
    System.out.println("RandomizedResolveTest seed: " + seed);
    Corpus corpus = new Corpus(new Random(seed), 80, 12);

    List<Incident> incidents = Resolver.resolve(corpus.input(), ResolveOptions.defaults());

    assertThat(partition(incidents)).as("seed %d", seed).isEqualTo(corpus.truth());
    for (Incident i : incidents) {
      for (Figure f : i.figures().values()) {
        if (f.best() != null) {
          assertThat(f.low()).as("seed %d, %s", seed, f).isLessThanOrEqualTo(f.best());
          assertThat(f.best()).as("seed %d, %s", seed, f).isLessThanOrEqualTo(f.high());
        }
      }
    }
  }

  @Test
  void five_thousand_reports_resolve_well_under_a_minute() {
    System.out.println("RandomizedResolveTest seed: " + seed);
    Corpus corpus = new Corpus(new Random(seed), 2900, 400);
    assertThat(corpus.input().documents().size()).isGreaterThan(4000);

    long start = System.nanoTime();
    List<Incident> incidents = Resolver.resolve(corpus.input(), ResolveOptions.defaults());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(
        "resolved " + corpus.input().documents().size() + " reports in " + took.toMillis() + " ms");

    assertThat(took).isLessThan(Duration.ofSeconds(20));
    assertThat(partition(incidents)).as("seed %d", seed).isEqualTo(corpus.truth());
  }

  private static Set<Set<String>> partition(List<Incident> incidents) {
    Set<Set<String>> out = new HashSet<>();
    for (Incident i : incidents) {
      out.add(Set.copyOf(i.documents()));
    }
    return out;
  }

  /** Random shootings and their reports. */
  private static final class Corpus {
    private final List<Report> reports = new ArrayList<>();
    private final Set<Set<String>> truth = new HashSet<>();

    Corpus(Random random, int shootings, int towns) {
      Map<Integer, List<LocalDate>> datesByTown = new HashMap<>();
      for (int s = 0; s < shootings; s++) {
        int town = random.nextInt(towns);
        LocalDate date =
            freeDate(random, datesByTown.computeIfAbsent(town, t -> new ArrayList<>()));
        String place =
            String.format(
                Locale.ROOT,
                "Town%d, State%d, US (%d.0000, -%d.0000)",
                town,
                town % 7,
                30 + town % 20,
                80 + town % 30);
        long killed = random.nextInt(4);
        Set<String> docs = new HashSet<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
          LocalDate published = date.plusDays(random.nextInt(3));
          Report r = new Report("s" + s + "-r" + n, published.toString());
          Report.Event e = r.event("e" + n, random.nextBoolean() ? "shooting" : "killing");
          int dating = random.nextInt(10);
          if (dating < 6) {
            e.time(date.toString());
          } else if (dating < 7) {
            e.time(date.plusDays(1).toString());
          }
          e.place(place).killed(killed + (random.nextInt(4) == 0 ? 1 : 0));
          if (random.nextBoolean()) {
            r.event("v" + n, "shooting").speaker("police").injured(random.nextInt(5));
          }
          reports.add(r);
          docs.add(r.id());
        }
        truth.add(docs);
      }
    }

    private static LocalDate freeDate(Random random, List<LocalDate> taken) {
      while (true) {
        LocalDate d = FIRST_DAY.plusDays(random.nextInt(3 * 365));
        if (taken.stream()
            .allMatch(
                t ->
                    Math.abs(t.toEpochDay() - d.toEpochDay())
                        >= MIN_DAYS_BETWEEN_SHOOTINGS_IN_A_TOWN)) {
          taken.add(d);
          return d;
        }
      }
    }

    ResolveInput input() {
      List<DocumentInfo> docs = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      for (Report r : reports) {
        docs.add(r.info());
        claims.addAll(r.claims());
      }
      return new ResolveInput(docs, claims, List.of());
    }

    Set<Set<String>> truth() {
      return truth;
    }
  }
}
