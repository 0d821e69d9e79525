package org.corroborate.nlp.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.nlp.Pipeline;

/**
 * Not a test: measures throughput on the seeds and compares, on a sample of Gun Violence Archive
 * documents, each document's largest killed and injured figure with its incident's total. Run with
 * the shared folder and the sample size as arguments.
 */
final class GvaSample {

  private GvaSample() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    Pipeline pipeline = new Pipeline();
    ClaimExtractor extractor = new ClaimExtractor(pipeline, new SimpleAmounts());
    List<String> seeds = new ArrayList<>();
    try (var files = Files.list(shared.resolve("corpus/seeds/docs"))) {
      for (Path p : files.sorted().toList()) {
        seeds.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    long tokens = 0;
    for (String s : seeds) {
      tokens += pipeline.parse(s, w -> false).stream().mapToInt(x -> x.tokens().size()).sum();
    }
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (String s : seeds) {
        extractor.extract(ExtractorTestBase.document("seed", s));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "seeds round %d: %d tokens in %.2f s = %.0f tokens/s%n",
          round,
          tokens,
          secs,
          tokens / secs);
    }
    JsonNode gold = new ObjectMapper().readTree(shared.resolve("corpus/gva/gold.json").toFile());
    int docs = 0;
    int[] equal = new int[2];
    int[] withClaim = new int[2];
    int[] over = new int[2];
    int[] positive = new int[2];
    int[] positiveEqual = new int[2];
    long gvaTokens = 0;
    long t0 = System.nanoTime();
    for (JsonNode incident : gold.get("incidents")) {
      for (JsonNode d : incident.get("documents")) {
        if (docs >= size) {
          break;
        }
        Path p = shared.resolve("corpus/gva/docs").resolve(d.asText());
        if (!Files.exists(p)) {
          continue;
        }
        docs++;
        String text = Files.readString(p, StandardCharsets.UTF_8);
        gvaTokens += text.split("\\s+").length;
        List<Claim> claims = extractor.extract(ExtractorTestBase.document(d.asText(), text));
        ClaimProperty[] props = {ClaimProperty.KILLED, ClaimProperty.INJURED};
        for (int k = 0; k < 2; k++) {
          long best = incident.path("facts").path(props[k].label()).path("best").asLong(-1);
          final ClaimProperty prop = props[k];
          long max =
              claims.stream()
                  .filter(c -> c.property() == prop && c.quantity().estimate() != null)
                  .mapToLong(c -> c.quantity().estimate())
                  .max()
                  .orElse(0);
          boolean any = claims.stream().anyMatch(c -> c.property() == prop);
          if (any) {
            withClaim[k]++;
          }
          if (best > 0) {
            positive[k]++;
            if (max == best) {
              positiveEqual[k]++;
            }
          }
          if (max == best) {
            equal[k]++;
          } else if (max > best) {
            over[k]++;
            claims.stream()
                .filter(
                    c ->
                        c.property() == prop
                            && c.quantity().estimate() != null
                            && c.quantity().estimate() > best)
                .forEach(
                    c ->
                        System.out.printf(
                            Locale.ROOT,
                            "  over %s gold=%d: '%s' via '%s' | %s%n",
                            prop.label(),
                            best,
                            c.valueText(),
                            c.trigger(),
                            c.quote().length() > 140 ? c.quote().substring(0, 140) : c.quote()));
          }
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "gva: %d docs (~%d words) in %.1f s; killed max==total %d (with a killed claim %d, above"
            + " total %d); injured max==total %d (with an injured claim %d, above total %d)%n",
        docs,
        gvaTokens,
        secs,
        equal[0],
        withClaim[0],
        over[0],
        equal[1],
        withClaim[1],
        over[1]);
    System.out.printf(
        Locale.ROOT,
        "gva, incidents with a non-zero total: killed %d of %d equal, injured %d of %d equal%n",
        positiveEqual[0],
        positive[0],
        positiveEqual[1],
        positive[1]);
  }
}
