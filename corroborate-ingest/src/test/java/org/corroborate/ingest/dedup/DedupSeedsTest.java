package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.corroborate.ingest.SeedCorpus;
import org.junit.jupiter.api.Test;

/** Shared passages and near-duplicates among the real seed documents, checked against gold. */
class DedupSeedsTest {

  private final SeedCorpus corpus = new SeedCorpus();
  private final PassageMatcher matcher = new PassageMatcher();

  @Test
  void every_text_quoted_in_several_seeds_lies_inside_a_passage_they_share() {
    JsonNode quoted =
        corpus.gold().get("incidents").get(0).get("other_facts").get("quoted_in_several_documents");
    assertThat(quoted).isNotEmpty();
    for (JsonNode entry : quoted) {
      String a = corpus.document(entry.get("docs").get(0).asText().substring(0, 3));
      String b = corpus.document(entry.get("docs").get(1).asText().substring(0, 3));
      List<String> wanted = normalForms(Words.of(entry.get("text").asText()));

      List<SharedPassage> passages = matcher.match(a, b, PassageMatcher.MIN_WORDS);

      assertThat(passages)
          .as("a passage shared by %s holds the quoted words %s", entry.get("docs"), wanted)
          .anyMatch(
              p -> Collections.indexOfSubList(normalForms(Words.of(p.inA().of(a))), wanted) >= 0);
      assertThat(TextFingerprint.of(a).sharedPassageKeys(TextFingerprint.of(b)))
          .as("passage keys shared by %s", entry.get("docs"))
          .isNotEmpty();
    }
  }

  @Test
  void no_two_seed_documents_are_near_duplicates() {
    List<String> names = corpus.documentNames();
    List<TextFingerprint> fingerprints =
        names.stream().map(n -> TextFingerprint.of(corpus.document(n))).toList();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        double similarity = fingerprints.get(i).similarity(fingerprints.get(j));
        assertThat(NearDuplicates.isNearDuplicate(similarity))
            .as("%s and %s, similarity %.3f", names.get(i), names.get(j), similarity)
            .isFalse();
      }
    }
    assertThat(names).hasSize(5);
  }

  private static List<String> normalForms(Words words) {
    return IntStream.range(0, words.size()).mapToObj(words::word).toList();
  }
}
