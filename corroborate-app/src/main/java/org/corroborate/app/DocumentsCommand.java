package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.store.DocumentSummary;
import org.corroborate.store.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "documents",
    description = {
      "Lists the case's documents: id, name, source kind, publication date (and where it came"
          + " from), language, characters, segments, other names and linked documents; then the"
          + " files that could not be ingested.",
      "Example: corroborate documents --format json"
    })
final class DocumentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<DocumentSummary> docs;
    List<Failure> failures;
    try (OpenCase open = OpenCase.forReading(caseOption.find())) {
      docs = open.store.documents();
      failures = open.store.failures();
    }
    if (format == OutputFormat.json) {
      out.println(Json.write(docs.stream().map(Json::summary).toList()));
      out.flush();
      return 0;
    }
    Table table =
        new Table(
            "ID",
            "NAME",
            "KIND",
            "PUBLISHED",
            "FROM",
            "LANG",
            "CHARS",
            "SEGMENTS",
            "DUPLICATES",
            "LINKED");
    for (DocumentSummary d : docs) {
      table.row(
          d.id().substring(0, 12),
          d.names().isEmpty() ? "" : d.names().get(0),
          d.sourceKind().label(),
          d.published().map(p -> p.date().toString()).orElse("-"),
          d.published().map(p -> p.origin().label()).orElse("-"),
          d.language(),
          d.characters(),
          d.segments(),
          d.names().size() - 1,
          d.links());
    }
    table.print(out);
    out.println(
        docs.size()
            + (docs.size() == 1 ? " document" : " documents")
            + (failures.isEmpty() ? "" : "; " + failures.size() + " failed:"));
    for (Failure f : failures) {
      out.println("  " + Terminal.printable(f.name()) + ": " + f.reason() + "; " + f.advice());
    }
    out.flush();
    return 0;
  }

  /** How a listing is printed. */
  enum OutputFormat {
    table,
    json
  }
}
