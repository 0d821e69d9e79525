package org.corroborate.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks of the stages on a folder of real documents; figures go in docs/benchmarks.md. */
@Command(
    name = "bench",
    description = "Measures a stage on a folder of documents (see docs/benchmarks.md).",
    subcommands = {BenchIngestCommand.class, BenchExtractCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new Cli.UsageException("name a stage to measure: bench ingest DIR, or bench extract DIR");
  }
}
