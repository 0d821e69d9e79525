package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Mention;
import org.corroborate.model.Polarity;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

  static final String TEXT = "Gunmen killed at least 12 villagers in Tarrow Bend, officials said.";
  static final String A = CaseStoreTest.A;

  @TempDir Path dir;

  static Claim killed(String version) {
    Span sentence = new Span(0, TEXT.length());
    Span figure = new Span(14, 25);
    String event = Claim.eventId(A, new Span(7, 13));
    Quantity q = new Quantity(figure, "at least 12", QuantityKind.BOUNDED, null, 12L, null, 12L);
    return new Claim(
        Claim.claimId(
            A,
            event,
            ClaimProperty.KILLED,
            "12",
            figure,
            "officials",
            Polarity.ASSERTED,
            "x",
            version),
        A,
        event,
        "attack",
        "killed",
        ClaimProperty.KILLED,
        "12",
        q,
        figure,
        "at least 12",
        sentence,
        TEXT,
        "officials",
        Polarity.ASSERTED,
        SegmentKind.BODY,
        "x",
        version);
  }

  @Test
  void claims_and_mentions_read_back_as_stored() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      store.insertDocument(
          CaseStoreTest.doc(A, "a.txt", TEXT), CaseStoreTest.keys(), List.of(), CaseStoreTest.REF);
      Mention place = new Mention(new Span(39, 50), Mention.Type.PLACE, "Tarrow Bend", "ZZ", "");
      store.replaceExtraction(A, "x", "1", List.of(killed("1")), List.of(place), Instant.EPOCH);

      assertThat(store.claims(A, null)).containsExactly(killed("1"));
      assertThat(store.claims(null, ClaimProperty.INJURED)).isEmpty();
      assertThat(store.mentions(A)).containsExactly(place);
    }
  }

  @Test
  void a_document_is_extracted_again_only_by_a_new_extractor_version() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      store.insertDocument(
          CaseStoreTest.doc(A, "a.txt", TEXT), CaseStoreTest.keys(), List.of(), CaseStoreTest.REF);
      assertThat(store.documentsToExtract("x", "1")).containsExactly(A);

      store.replaceExtraction(A, "x", "1", List.of(killed("1")), List.of(), Instant.EPOCH);
      assertThat(store.documentsToExtract("x", "1")).isEmpty();
      assertThat(store.documentsToExtract("x", "2")).containsExactly(A);

      store.replaceExtraction(A, "x", "2", List.of(killed("2")), List.of(), Instant.EPOCH);
      assertThat(store.claims(A, null)).containsExactly(killed("2"));
    }
  }
}
