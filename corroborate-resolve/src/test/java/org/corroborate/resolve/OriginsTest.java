package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.LinkKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void one_speaker_giving_one_value_in_many_documents_is_one_origin() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").speaker("UNAMI").killed(52);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").speaker("the U.N.A.M.I.").killed(52);
    b.event("f", "attack").speaker("UNAMI").injured(52);

    Map<String, Origin> origins = origins(List.of(), a, b);

    Claim first = a.claims().get(0);
    Claim second = b.claims().get(0);
    assertThat(origins.get(first.id())).isEqualTo(origins.get(second.id()));
    assertThat(origins.get(first.id()).label()).isEqualTo("UNAMI");
    assertThat(origins.get(b.claims().get(1).id())).isNotEqualTo(origins.get(first.id()));
  }

  @Test
  void the_authors_of_two_documents_are_two_origins() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").killed(52);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").killed(52);

    Map<String, Origin> origins = origins(List.of(), a, b);

    assertThat(origins.get(a.claims().get(0).id()))
        .isNotEqualTo(origins.get(b.claims().get(0).id()));
    assertThat(origins.get(a.claims().get(0).id()).label()).isEqualTo("author of a");
  }

  @Test
  void claims_inside_a_shared_passage_on_both_sides_share_their_origin() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").at(100).killed(52);
    a.event("f", "attack").at(900).injured(10);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").at(2000).killed(52);
    b.event("f", "attack").at(3000).injured(10);
    DocumentLink passage =
        new DocumentLink(
            a.id(),
            new Span(50, 500),
            b.id(),
            new Span(1900, 2500),
            LinkKind.SHARED_PASSAGE,
            60,
            1.0);

    Map<String, Origin> origins = origins(List.of(passage), a, b);

    assertThat(origins.get(id(a, ClaimProperty.KILLED)))
        .isEqualTo(origins.get(id(b, ClaimProperty.KILLED)));
    assertThat(origins.get(id(a, ClaimProperty.INJURED)))
        .isNotEqualTo(origins.get(id(b, ClaimProperty.INJURED)));
  }

  @Test
  void origin_ids_do_not_depend_on_the_order_of_claims() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").speaker("UNAMI").killed(52);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").speaker("UNAMI").killed(52);
    Map<String, DocumentInfo> docs = Fixtures.documents(a, b);

    Origin forward =
        new Origins(docs).of(Fixtures.claims(a, b), List.of()).get(id(a, ClaimProperty.KILLED));
    Origin backward =
        new Origins(docs).of(Fixtures.claims(b, a), List.of()).get(id(a, ClaimProperty.KILLED));

    assertThat(forward).isEqualTo(backward);
  }

  private static Map<String, Origin> origins(List<DocumentLink> links, Report... reports) {
    return new Origins(Fixtures.documents(reports)).of(Fixtures.claims(reports), links);
  }

  private static String id(Report r, ClaimProperty p) {
    return r.claims().stream().filter(c -> c.property() == p).findFirst().orElseThrow().id();
  }
}
