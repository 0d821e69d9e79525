package org.corroborate.nlp.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Claim;

/** Prints the claims of the files given as arguments: a tool for tuning rules, not a test. */
final class ClaimDump extends ExtractorTestBase {

  private ClaimDump() {}

  public static void main(String[] args) throws IOException {
    for (String a : args) {
      Path p = Path.of(a);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      System.out.println("=== " + p.getFileName());
      for (Claim c : extractor().extract(document(p.getFileName().toString(), text))) {
        if (c.property() == org.corroborate.model.ClaimProperty.OCCURRED) {
          continue;
        }
        System.out.printf(
            "%-11s %-12s [%s] ev=%s/%s(%s) spk=%s pol=%s seg=%s%n   | %s%n",
            c.property().label(),
            c.value(),
            c.valueText(),
            c.trigger(),
            c.eventType(),
            c.event().substring(0, 6),
            c.speaker(),
            c.polarity().label(),
            c.segment().label(),
            c.quote().length() > 160 ? c.quote().substring(0, 160) : c.quote());
      }
    }
  }
}
