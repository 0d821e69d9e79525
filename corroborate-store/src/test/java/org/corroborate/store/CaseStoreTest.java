package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Extraction;
import org.corroborate.model.LinkKind;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreTest {

  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final CustodyRef REF = new CustodyRef(2, "c".repeat(64));

  @TempDir Path dir;

  static Document doc(String id, String name, String text) {
    Extraction x =
        new Extraction(
            "text/plain",
            "UTF-8",
            "A fictional report",
            text,
            List.of(new Segment(new Span(0, text.length()), SegmentKind.BODY, 0)),
            "en",
            Optional.of(
                new PublicationDate(LocalDate.of(2021, 3, 4), DateOrigin.MANIFEST, "line 2")));
    return new Document(
        id, List.of(name), text.length(), x, SourceKind.NEWS, null, null, Instant.EPOCH);
  }

  static DocumentKeys keys(long... passage) {
    return new DocumentKeys(new long[] {1, 2, 3}, new long[] {10, 11}, passage);
  }

  @Test
  void a_stored_document_reads_back_whole_after_reopening() throws Exception {
    Path db = dir.resolve("case.db");
    Document a = doc(A, "reports/a.txt", "The bridge at Tarrow Bend was shelled.");
    try (CaseStore store = CaseStore.open(db)) {
      store.insertDocument(a, keys(7), List.of(), REF);
    }
    try (CaseStore store = CaseStore.open(db)) {
      assertThat(store.document(A)).contains(a);
      assertThat(store.documentIds()).containsExactly(A);
      assertThat(store.custodyRefs()).containsEntry("document " + A, REF);
    }
  }

  @Test
  void a_second_name_for_the_same_bytes_is_kept_once() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      store.insertDocument(doc(A, "a.txt", "text"), keys(), List.of(), REF);
      store.addName(A, "copy/a.txt");
      store.addName(A, "copy/a.txt");
      assertThat(store.names(A)).containsExactly("a.txt", "copy/a.txt");
      assertThat(store.resolve("copy/a.txt")).containsExactly(A);
      assertThat(store.resolve("a.txt")).containsExactly(A);
      assertThat(store.resolve("aaaa")).containsExactly(A);
    }
  }

  @Test
  void links_read_back_from_either_side() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      store.insertDocument(doc(A, "a.txt", "first text of some length"), keys(5), List.of(), REF);
      DocumentLink link =
          new DocumentLink(B, new Span(1, 9), A, new Span(2, 10), LinkKind.SHARED_PASSAGE, 30, 1);
      store.insertDocument(
          doc(B, "b.txt", "second text of some length"), keys(5), List.of(link), REF);
      assertThat(store.links(B)).containsExactly(link);
      assertThat(store.links(A))
          .containsExactly(
              new DocumentLink(
                  A, new Span(2, 10), B, new Span(1, 9), LinkKind.SHARED_PASSAGE, 30, 1));
      assertThat(store.documents()).extracting(DocumentSummary::links).containsExactly(1, 1);
    }
  }

  @Test
  void documents_sharing_passage_keys_are_candidates_but_boilerplate_keys_are_not()
      throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      for (int i = 0; i <= CaseStore.COMMON_PASSAGE_KEY; i++) {
        String id = String.format("%064x", i + 1);
        store.insertDocument(doc(id, "d" + i + ".txt", "text " + i), keys(999, i), List.of(), REF);
      }
      assertThat(store.passageCandidates(new long[] {999}, 10)).isEmpty();
      assertThat(store.passageCandidates(new long[] {999, 3}, 10))
          .containsExactly(String.format("%064x", 4));
      assertThat(store.nearDuplicateCandidates(new long[] {11}))
          .hasSize(CaseStore.COMMON_PASSAGE_KEY + 1);
    }
  }

  @Test
  void a_failure_is_recorded_once() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("case.db"))) {
      Failure f = new Failure("empty.txt", "", "empty file", "check the copy", Instant.EPOCH, REF);
      store.recordFailure(f);
      store.recordFailure(f);
      assertThat(store.failures()).containsExactly(f);
      assertThat(store.hasFailure("empty.txt", "")).isTrue();
    }
  }
}
