package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.ingest.Manifest;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.LinkKind;
import org.corroborate.store.CaseFolder;
import org.corroborate.store.DocumentSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    description = {
      "Creates a case in a new temporary folder from the bundled example corpus (fictional"
          + " reports of one fictional attack, with the case's own gazetteer of its sites), runs"
          + " every stage on it, and prints what it found and where the case is.",
      "Example: corroborate demo"
    })
final class DemoCommand implements Callable<Integer> {

  /** The bundled example corpus, relative to the installation folder. */
  static final String EXAMPLE = "examples/marrow-ford";

  @Spec CommandSpec spec;

  @Option(
      names = "--into",
      paramLabel = "DIR",
      description = "Create the demo case here instead of in a new temporary folder.")
  Path into;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path example = exampleFolder();
    Path dir = into != null ? into : Files.createTempDirectory("corroborate-demo-");
    Path reports = dir.resolve("reports");
    Files.createDirectories(reports);
    Path manifestFile = example.resolve("manifest.tsv");
    Manifest manifest = Manifest.read(manifestFile);
    try (var files = Files.list(example)) {
      for (Path f : files.sorted().toList()) {
        if (manifest.entry(f.getFileName().toString()).isPresent() || f.equals(manifestFile)) {
          Files.copy(f, reports.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    CaseFolder folder = InitCommand.init(dir);
    out.println("case:    " + dir);
    out.println("reports: " + reports + " (fictional; see " + example.resolve("README.md") + ")");
    out.println();
    int status =
        RunCommand.run(
            folder,
            List.of(reports),
            reports.resolve("manifest.tsv"),
            example.resolve("gazetteer.tsv"),
            IngestCommand.parseSize("100MB"),
            Runtime.getRuntime().availableProcessors(),
            out,
            spec.commandLine().getErr());
    out.println();
    CommandLine cli = Cli.commandLine();
    cli.setOut(out);
    cli.setErr(spec.commandLine().getErr());
    cli.execute("documents", "--case", dir.toString());
    for (String figure : new String[] {"killed", "injured", "abducted"}) {
      out.println();
      out.println("Claims of people " + figure + ", each with its sentence and who asserts it:");
      cli.execute("claims", "--case", dir.toString(), "--property", figure);
    }
    out.println();
    out.println("Incidents reconstructed from the claims of every document:");
    Incidents.Resolved incidents;
    try (OpenCase open = OpenCase.forReading(folder)) {
      incidents = Incidents.resolve(open);
    }
    IncidentsCommand.print(incidents, out);
    out.println();
    printSharedText(folder, out);
    out.println();
    VerifyCommand.verify(folder, out);
    Path caseFile = dir.resolve("case-file.html");
    try (Writer w = Files.newBufferedWriter(caseFile, StandardCharsets.UTF_8)) {
      ExportCommand.export(incidents, folder, ExportCommand.Format.html, w);
    }
    out.println();
    out.println("Case file (HTML): " + caseFile);
    out.println();
    out.println("Look closer:");
    out.println("  bin/corroborate documents --case " + dir);
    out.println("  bin/corroborate show --case " + dir + " NAME     (a name from the table)");
    out.println("  bin/corroborate incidents --case " + dir);
    out.println("  bin/corroborate export --case " + dir + " --format jsonl");
    out.println("  bin/corroborate verify --case " + dir);
    out.flush();
    return status;
  }

  /** Each pair of documents that share text, once, with what they share. */
  private static void printSharedText(CaseFolder folder, PrintWriter out) throws IOException {
    out.println("Text shared between documents (one statement repeated is one source, not many):");
    try (OpenCase open = OpenCase.forReading(folder)) {
      for (DocumentSummary d : open.store.documents()) {
        for (DocumentLink l : open.store.links(d.id())) {
          if (l.from().compareTo(l.to()) < 0) {
            String text = l.fromSpan().of(open.store.text(l.from())).replaceAll("\\s+", " ");
            out.printf(
                Locale.ROOT,
                "  %s %s ~ %s %s, %s: \"%s\"%n",
                d.names().get(0),
                l.fromSpan(),
                open.store.names(l.to()).get(0),
                l.toSpan(),
                l.kind() == LinkKind.NEAR_DUPLICATE
                    ? String.format(Locale.ROOT, "near-duplicate (%.0f%%)", l.score() * 100)
                    : l.words() + " words",
                text.length() > 90 ? text.substring(0, 89) + "…" : text);
          }
        }
      }
    }
  }

  /** The example corpus beside the installation ({@code corroborate.home}, set by the launcher). */
  static Path exampleFolder() {
    String home = System.getProperty("corroborate.home");
    Path start = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(EXAMPLE).resolve("manifest.tsv"))) {
        return p.resolve(EXAMPLE);
      }
    }
    throw new Cli.UsageException(
        "cannot find the example corpus "
            + EXAMPLE
            + " above "
            + start
            + "; run the demo through bin/corroborate from the repository");
  }
}
