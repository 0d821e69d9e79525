package org.corroborate.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the five real seed documents, checked against the hand-annotated gold file read
 * at run time from {@code corroborate.shared}/corpus/seeds.
 *
 * <p>Traps: a trap value may become no casualty claim of the incident it is listed under. When the
 * same document also gives that value as a gold figure of another incident (1,400 killed in
 * Damascus, 500 injured in 2009), the claims carrying the trap value must not share an event
 * mention ({@link Claim#event()}) with the claims that match the listed incident's own gold figures
 * in that document; otherwise no casualty claim may carry the value at all.
 */
class SeedClaimsTest extends ExtractorTestBase {

  private static JsonNode gold;
  private static final Map<String, List<Claim>> CLAIMS = new HashMap<>();

  @BeforeAll
  static void extractSeeds() throws IOException {
    Path seeds =
        Path.of(System.getProperty("corroborate.shared", "../../shared"), "corpus", "seeds");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    try (var files = Files.list(seeds.resolve("docs"))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        CLAIMS.put(
            name, extractor().extract(document(name, Files.readString(p, StandardCharsets.UTF_8))));
      }
    }
  }

  @Test
  void every_gold_casualty_figure_is_found_in_its_document() {
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (GoldFigure g : goldFigures()) {
      if (matching(g.doc(), g.property(), g.amount()).isEmpty()) {
        missed.add(g.toString());
      } else {
        found++;
      }
    }
    System.out.printf(
        Locale.ROOT, "seed gold figures: %d found, %d missed %s%n", found, missed.size(), missed);
    assertThat(missed).isEmpty();
  }

  /**
   * Two seed reports say what the attackers meant to do (seize a few hostages) and give a vague
   * share of the residents they have already counted: neither is a count.
   */
  @Test
  void intentions_and_vague_shares_of_a_counted_group_are_no_figures() {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : CLAIMS.entrySet()) {
      for (Claim c : casualtyClaims(e.getKey())) {
        String text = c.valueText().toLowerCase(Locale.ROOT);
        if ((c.property() == ClaimProperty.ABDUCTED && text.equals("a few"))
            || (c.property() == ClaimProperty.KILLED
                && c.quote().startsWith(c.valueText() + " of"))) {
          found.add(e.getKey() + ": " + c.property().label() + " '" + c.valueText() + "'");
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void no_trap_becomes_a_casualty_claim_of_the_incident_it_is_listed_under() {
    List<GoldFigure> figures = goldFigures();
    List<String> hit = new ArrayList<>();
    for (JsonNode incident : gold.get("incidents")) {
      String key = incident.get("key").asText();
      for (JsonNode trap : incident.path("traps")) {
        String doc = trap.get("doc").asText();
        long value = trap.get("value").asLong();
        List<Claim> trapped = casualtyClaims(doc).stream().filter(c -> carries(c, value)).toList();
        boolean otherIncidentsFigure =
            figures.stream()
                .anyMatch(
                    g ->
                        !g.incident().equals(key)
                            && g.doc().equals(doc)
                            && (g.amount() == value || g.amount() == value + 1));
        Set<String> ownEvents =
            figures.stream()
                .filter(g -> g.incident().equals(key) && g.doc().equals(doc))
                .flatMap(g -> matching(doc, g.property(), g.amount()).stream())
                .map(Claim::event)
                .collect(Collectors.toSet());
        for (Claim c : trapped) {
          if (!otherIncidentsFigure || ownEvents.contains(c.event())) {
            hit.add(
                key
                    + " "
                    + doc
                    + " "
                    + value
                    + ": "
                    + c.property().label()
                    + " '"
                    + c.valueText()
                    + "' via '"
                    + c.trigger()
                    + "'");
          }
        }
      }
    }
    assertThat(hit).isEmpty();
  }

  @Test
  void every_claim_quotes_its_sentence_and_its_value_verbatim() throws IOException {
    Path docs =
        Path.of(
            System.getProperty("corroborate.shared", "../../shared"), "corpus", "seeds", "docs");
    for (Map.Entry<String, List<Claim>> e : CLAIMS.entrySet()) {
      String text = Files.readString(docs.resolve(e.getKey()), StandardCharsets.UTF_8);
      for (Claim c : e.getValue()) {
        assertThat(c.quote()).isEqualTo(c.sentence().of(text));
        assertThat(c.valueText()).isEqualTo(c.valueSpan().of(text));
        assertThat(c.extractor()).isEqualTo(ClaimExtractor.EXTRACTOR);
      }
      assertThat(e.getValue()).extracting(Claim::id).doesNotHaveDuplicates();
    }
  }

  private record GoldFigure(String incident, String doc, ClaimProperty property, long amount) {}

  private static List<GoldFigure> goldFigures() {
    List<GoldFigure> out = new ArrayList<>();
    for (JsonNode incident : gold.get("incidents")) {
      for (String prop : List.of("killed", "injured", "abducted")) {
        for (JsonNode c : incident.path("facts").path(prop).path("claims")) {
          JsonNode amount = c.hasNonNull("value") ? c.get("value") : c.get("low");
          if (amount != null && !amount.isNull()) {
            out.add(
                new GoldFigure(
                    incident.get("key").asText(),
                    c.get("doc").asText(),
                    ClaimProperty.fromLabel(prop),
                    amount.asLong()));
          }
        }
      }
    }
    return out;
  }

  private static List<Claim> casualtyClaims(String doc) {
    return CLAIMS.get(doc).stream().filter(c -> c.property().isFigure()).toList();
  }

  /** Claims of {@code property} whose exact value, or whose lower bound, is {@code amount}. */
  private static List<Claim> matching(String doc, ClaimProperty property, long amount) {
    return casualtyClaims(doc).stream()
        .filter(c -> c.property() == property)
        .filter(c -> equal(c.quantity().value(), amount) || equal(c.quantity().low(), amount))
        .toList();
  }

  /** Whether a claim carries a trap value: exactly, or as the bound "over N". */
  private static boolean carries(Claim c, long value) {
    Quantity q = c.quantity();
    return equal(q.value(), value) || equal(q.low(), value) || equal(q.low(), value + 1);
  }

  private static boolean equal(Long a, long b) {
    return a != null && a == b;
  }
}
