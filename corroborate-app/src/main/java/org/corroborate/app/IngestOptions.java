package org.corroborate.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the ingest stage, shared by {@code ingest} and {@code run}. */
final class IngestOptions {

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "A tab-separated manifest: column 'file' (relative to the ingested folder) and"
              + " optionally published, publisher_type, url, publisher, title.")
  Path manifest;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = "100MB",
      description = "Files larger than this are refused (default: ${DEFAULT-VALUE}).")
  String maxSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  long maxBytes() {
    return IngestCommand.parseSize(maxSize);
  }
}
