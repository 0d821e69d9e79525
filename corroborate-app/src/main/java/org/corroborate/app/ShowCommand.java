package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Incident;
import org.corroborate.model.Segment;
import org.corroborate.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    description = {
      "Shows one document (its metadata, its segments, and the documents it shares text with,"
          + " with the shared spans on both sides), or one incident (its figures with the claims"
          + " and origins behind them, its contradictions and its chronology).",
      "Example: corroborate show report-3.txt    corroborate show 9aef1e05 --text"
    })
final class ShowCommand implements Callable<Integer> {

  private static final int EXCERPT = 70;

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Parameters(
      paramLabel = "REF",
      description = "A document's name or a prefix of its id, or a prefix of an incident's id.")
  String ref;

  @Option(names = "--text", description = "Print the extracted text only.")
  boolean text;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  DocumentsCommand.OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (OpenCase open = OpenCase.forReading(caseOption.find())) {
      List<String> ids = open.store.resolve(ref);
      if (ids.isEmpty()) {
        Incidents.Resolved resolved = Incidents.resolve(open);
        List<Incident> matches =
            resolved.incidents().stream().filter(i -> i.id().startsWith(ref)).toList();
        if (matches.size() == 1) {
          IncidentPrinter.print(out, matches.get(0), resolved.documents());
          return 0;
        }
      }
      Document doc = open.store.document(only(ref, ids)).orElseThrow();
      List<DocumentLink> links = open.store.links(doc.id());
      if (text) {
        out.print(doc.text());
        out.flush();
        return 0;
      }
      if (format == DocumentsCommand.OutputFormat.json) {
        out.println(Json.write(Json.document(doc, links, false)));
        out.flush();
        return 0;
      }
      printDocument(out, doc, links, open);
    }
    return 0;
  }

  /** The one document a user means by a name or an id prefix; a usage error otherwise. */
  static String resolveOne(OpenCase open, String ref) throws IOException {
    return only(ref, open.store.resolve(ref));
  }

  /** The one id {@code ref} names among {@code ids}, what the store resolved it to. */
  private static String only(String ref, List<String> ids) {
    if (ids.isEmpty()) {
      throw new Cli.UsageException(
          "no document named '"
              + ref
              + "' or with an id starting so; 'corroborate documents'"
              + " lists them");
    }
    if (ids.size() > 1) {
      throw new Cli.UsageException(
          "'"
              + ref
              + "' names "
              + ids.size()
              + " documents ("
              + String.join(", ", ids)
              + "); give more of the id");
    }
    return ids.get(0);
  }

  private static void printDocument(
      PrintWriter out, Document doc, List<DocumentLink> links, OpenCase open) throws IOException {
    out.println("document   " + doc.id());
    for (String name : doc.names()) {
      out.println("name       " + Terminal.printable(name));
    }
    out.println("title      " + Terminal.printable(String.valueOf(doc.extraction().title())));
    out.println(
        "type       "
            + doc.extraction().mediaType()
            + (doc.extraction().charset() == null ? "" : ", " + doc.extraction().charset())
            + ", "
            + doc.size()
            + " bytes");
    out.println(
        "published  "
            + doc.published()
                .map(p -> p.date() + " (from " + p.origin().label() + ": " + p.evidence() + ")")
                .orElse("unknown"));
    out.println("source     " + doc.sourceKind().label());
    if (doc.url() != null) {
      out.println("url        " + doc.url());
    }
    if (doc.publisher() != null) {
      out.println("publisher  " + doc.publisher());
    }
    out.println("language   " + doc.extraction().language());
    out.println("ingested   " + doc.ingestedAt());
    out.println("characters " + doc.text().length());
    out.println();
    out.println("segments:");
    Table segments = new Table("SPAN", "KIND", "PARAGRAPH", "TEXT");
    for (Segment s : doc.extraction().segments()) {
      segments.row(s.span(), s.kind().label(), s.paragraph(), excerpt(doc.text(), s.span()));
    }
    segments.print(out);
    if (!links.isEmpty()) {
      out.println();
      out.println("shares text with:");
      Table table = new Table("KIND", "DOCUMENT", "HERE", "THERE", "WORDS", "TEXT");
      for (DocumentLink l : links) {
        List<String> names = open.store.names(l.to());
        table.row(
            l.kind().label(),
            (names.isEmpty() ? l.to().substring(0, 12) : names.get(0)),
            l.fromSpan(),
            l.toSpan(),
            l.kind() == org.corroborate.model.LinkKind.NEAR_DUPLICATE
                ? String.format(java.util.Locale.ROOT, "~%.0f%%", l.score() * 100)
                : Integer.toString(l.words()),
            excerpt(doc.text(), l.fromSpan()));
      }
      table.print(out);
    }
    out.flush();
  }

  private static String excerpt(String text, Span span) {
    String s = span.of(text).replaceAll("\\s+", " ").strip();
    return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1) + "…";
  }
}
