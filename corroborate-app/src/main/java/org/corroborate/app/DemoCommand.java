package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.Manifest;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    description = {
      "Creates a case in a new temporary folder from the bundled example corpus (fictional"
          + " reports of one fictional attack), runs every stage on it, and prints what it found"
          + " and where the case is.",
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
        IngestCommand.run(
            folder,
            List.of(reports),
            reports.resolve("manifest.tsv"),
            IngestCommand.parseSize("100MB"),
            Runtime.getRuntime().availableProcessors(),
            out,
            spec.commandLine().getErr());
    out.println();
    CommandLine cli = Cli.commandLine();
    cli.setOut(out);
    cli.setErr(spec.commandLine().getErr());
    cli.execute("documents", "--case", dir.toString());
    out.println();
    VerifyCommand.verify(folder, out);
    out.println();
    out.println("Look closer:");
    out.println("  bin/corroborate documents --case " + dir);
    out.println("  bin/corroborate show --case " + dir + " NAME     (a name from the table)");
    out.println("  bin/corroborate verify --case " + dir);
    out.flush();
    return status;
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
