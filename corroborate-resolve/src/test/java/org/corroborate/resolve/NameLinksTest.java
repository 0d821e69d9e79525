package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameLinksTest {

  /**
   * A case of {@code size} reports, each naming two words of its own, plus the reports given: rare
   * names weigh only against a corpus that does not use them.
   */
  static List<DocumentInfo> corpus(int size, long seed, Report... reports) {
    Random random = new Random(seed);
    List<DocumentInfo> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String a = word(random);
      String b = word(random);
      out.add(new Report("filler" + i, "2015-03-01").naming("said " + a + " and " + b).info());
    }
    for (Report r : reports) {
      out.add(r.info());
    }
    return out;
  }

  private static String word(Random random) {
    StringBuilder s = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @Test
  void reports_that_share_two_rare_names_are_linked() {
    Report a = new Report("a", "2015-03-02").naming("Police said Dana Okonjo died on Larchmere.");
    Report b = new Report("b", "2015-03-05").naming("Friends of Okonjo gathered at Larchmere.");
    Report c = new Report("c", "2015-03-05").naming("A vigil was held in Fenwick for Okonjo.");

    NameLinks links = NameLinks.of(corpus(400, 7, a, b, c));

    assertThat(links.of(a.id())).containsExactly(b.id());
    assertThat(links.of(b.id())).containsExactly(a.id());
    assertThat(links.weight(a.id(), b.id())).isGreaterThan(NameLinks.MIN_WEIGHT);
    assertThat(links.of(c.id())).as("one shared name is not enough").isEmpty();
  }

  @Test
  void names_many_reports_use_do_not_link() {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Report r = new Report("county" + i, "2015-03-02");
      r.naming("Deputies of Harlan County said the shooting was the " + i + "th.");
      reports.add(r);
    }

    NameLinks links = NameLinks.of(corpus(400, 11, reports.toArray(Report[]::new)));

    assertThat(reports).allSatisfy(r -> assertThat(links.of(r.id())).isEmpty());
  }

  @Test
  void a_small_case_has_too_little_to_weigh_names_by() {
    Report a = new Report("a", "2015-03-02").naming("Police said Dana Okonjo died on Larchmere.");
    Report b = new Report("b", "2015-03-05").naming("Friends of Dana Okonjo met at Larchmere.");

    NameLinks links = NameLinks.of(corpus(3, 3, a, b));

    assertThat(links.of(a.id())).isEmpty();
  }

  @Test
  void in_a_large_case_a_name_used_by_more_than_the_cap_never_links() {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < NameLinks.MAX_DOCUMENTS + 10; i++) {
      reports.add(new Report("wide" + i, "2015-03-02").naming("Police in Quorra said Vantreese"));
    }
    Report a = new Report("a", "2015-03-02").naming("Police said Dana Okonjo died on Larchmere.");
    Report b = new Report("b", "2015-03-05").naming("Friends of Okonjo gathered at Larchmere.");
    reports.add(a);
    reports.add(b);

    NameLinks links = NameLinks.of(corpus(20_000, 13, reports.toArray(Report[]::new)));

    assertThat(links.of(reports.get(0).id())).isEmpty();
    assertThat(links.of(a.id())).containsExactly(b.id());
  }
}
