package org.corroborate.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.report.CsvExport;
import org.corroborate.report.HtmlCaseFile;
import org.corroborate.report.JsonlExport;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
      "Exports the incidents: jsonl (one incident a line, per contract/incident.schema.json, every"
          + " figure with its claims, sentences, documents and hashes), csv (one row an incident, in"
          + " the column conventions of the UCDP Georeferenced Event Dataset) or html (one"
          + " self-contained case file with footnoted sources, contradictions, a timeline and an"
          + " annex of every document with its hash).",
      "Example: corroborate export --format html --out case-file.html"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl, csv or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of to standard output.")
  Path out;

  /** The export formats. */
  enum Format {
    jsonl,
    csv,
    html
  }

  @Override
  public Integer call() throws IOException {
    CaseFolder folder = caseOption.find();
    if (out == null) {
      Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      export(folder, format, w);
      w.flush();
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        export(folder, format, w);
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println("wrote " + out.toAbsolutePath());
      stdout.flush();
    }
    return 0;
  }

  static void export(CaseFolder folder, Format format, Writer w) throws IOException {
    Incidents.Resolved r;
    try (OpenCase open = OpenCase.forReading(folder)) {
      r = Incidents.resolve(open);
    }
    export(r, folder, format, w);
  }

  /** Writes incidents already resolved from the case in {@code folder}. */
  static void export(Incidents.Resolved r, CaseFolder folder, Format format, Writer w) {
    switch (format) {
      case jsonl -> new JsonlExport().write(r.incidents(), r.documents(), w);
      case csv -> new CsvExport(Set.of()).write(r.incidents(), r.documents(), w);
      case html ->
          new HtmlCaseFile("Case file: " + folder.root().getFileName())
              .write(r.incidents(), r.documents(), w);
    }
  }
}
