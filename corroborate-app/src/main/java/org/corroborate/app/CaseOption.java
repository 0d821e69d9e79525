package org.corroborate.app;

import java.nio.file.Path;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Option;

/** The {@code --case DIR} option every command on a case takes. */
final class CaseOption {

  @Option(
      names = "--case",
      paramLabel = "DIR",
      description = "The case folder (default: the case holding the current directory).")
  Path dir;

  /** The case named by {@code --case}, or the one holding the working directory. */
  CaseFolder find() {
    Path start = dir != null ? dir : Path.of("").toAbsolutePath();
    if (dir != null && !CaseFolder.isCase(dir)) {
      throw new Cli.UsageException(
          dir
              + " is not a case (it has no "
              + CaseFolder.MARKER
              + " folder); run 'corroborate init "
              + dir
              + "' first");
    }
    return CaseFolder.find(start)
        .orElseThrow(
            () ->
                new Cli.UsageException(
                    "not inside a case (no "
                        + CaseFolder.MARKER
                        + " folder in "
                        + start
                        + " or above it); run 'corroborate init' or pass --case DIR"));
  }
}
