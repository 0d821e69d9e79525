package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "claims",
    description = {
      "Lists claims: the document, what is claimed (killed, injured, abducted, detained,"
          + " missing, occurred, perpetrator, victim), the value and the figure as written, who"
          + " asserts it, its polarity (asserted, denied, hedged), the segment, and the sentence.",
      "Example: corroborate claims --property killed    corroborate claims --doc report-3.txt"
          + " --format json"
    })
final class ClaimsCommand implements Callable<Integer> {

  private static final int QUOTE = 80;

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Option(names = "--doc", paramLabel = "DOC", description = "Only this document (name or id).")
  String doc;

  @Option(
      names = "--property",
      paramLabel = "P",
      description = "Only this property: killed, injured, abducted, detained, missing, ...")
  String property;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  DocumentsCommand.OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ClaimProperty p = null;
    if (property != null) {
      try {
        p = ClaimProperty.fromLabel(property.strip());
      } catch (IllegalArgumentException e) {
        throw new Cli.UsageException("unknown property '" + property + "'; use one of " + labels());
      }
    }
    List<Claim> claims;
    Map<String, String> names = new LinkedHashMap<>();
    try (OpenCase open = OpenCase.forReading(caseOption.find())) {
      String id = doc == null ? null : ShowCommand.resolveOne(open, doc);
      claims = open.store.claims(id, p);
      for (Claim c : claims) {
        if (!names.containsKey(c.document())) {
          List<String> known = open.store.names(c.document());
          names.put(c.document(), known.isEmpty() ? c.document().substring(0, 12) : known.get(0));
        }
      }
    }
    if (format == DocumentsCommand.OutputFormat.json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Claim c : claims) {
        rows.add(Json.claim(c, names.get(c.document())));
      }
      out.println(Json.write(rows));
      out.flush();
      return 0;
    }
    Table table =
        new Table(
            "DOCUMENT",
            "PROPERTY",
            "VALUE",
            "AS WRITTEN",
            "SPEAKER",
            "POLARITY",
            "SEGMENT",
            "SENTENCE");
    for (Claim c : claims) {
      table.row(
          names.get(c.document()),
          c.property().label(),
          value(c),
          c.valueText(),
          c.speaker() == null ? "(author)" : c.speaker(),
          c.polarity().label(),
          c.segment().label(),
          excerpt(c.quote()));
    }
    table.print(out);
    out.println(claims.size() + (claims.size() == 1 ? " claim" : " claims"));
    out.flush();
    return 0;
  }

  /** A figure as a reader should see it: 52, over 30 (≥31), dozens (~12). */
  static String value(Claim c) {
    Quantity q = c.quantity();
    if (q == null) {
      return c.value();
    }
    return switch (q.kind()) {
      case EXACT, COMPOSITE -> String.valueOf(q.value());
      case BOUNDED -> bounds(q);
      case VAGUE -> q.estimate() == null ? "?" : "~" + q.estimate();
    };
  }

  private static String bounds(Quantity q) {
    if (q.low() != null && q.high() != null) {
      return q.low() + "-" + q.high();
    }
    return q.low() != null ? ">=" + q.low() : "<=" + q.high();
  }

  private static String excerpt(String quote) {
    String s = quote.replaceAll("\\s+", " ").strip();
    return s.length() <= QUOTE ? s : s.substring(0, QUOTE - 1) + "…";
  }

  private static String labels() {
    List<String> labels = new ArrayList<>();
    for (ClaimProperty p : ClaimProperty.values()) {
      labels.add(p.label());
    }
    return String.join(", ", labels).toLowerCase(Locale.ROOT);
  }
}
