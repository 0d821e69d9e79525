package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.ChronologyEntry;
import org.junit.jupiter.api.Test;

class ChronologyTest {

  @Test
  void dated_sub_events_come_in_time_order_with_their_claims() {
    Report a = new Report("a", "2013-09-03");
    a.event("s", "statement").time("2013-09-02").occurred();
    a.event("e", "attack").time("2013-09-01T06:00").killed(52);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").time("2013-09-01T06:00").occurred();
    b.event("m", "attack").time("2013-09").occurred();
    b.event("c", "attack").comments().time("2013-08-01").occurred();

    List<ChronologyEntry> entries = new Chronology().of(Fixtures.claims(a, b));

    assertThat(entries)
        .extracting(e -> e.time().iso() + " " + e.description())
        .containsExactly("2013-09 attack", "2013-09-01T06:00 attack", "2013-09-02 statement");
    assertThat(entries.get(1).claims()).hasSize(2);
  }
}
