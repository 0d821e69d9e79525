package org.corroborate.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line in a separate JVM, as a user would, and captures what it says. */
final class CliProcess {

  /** What one run printed and how it exited. */
  record Run(int exit, String out, String err) {}

  static final Path JAR = Path.of("target", "corroborate.jar").toAbsolutePath();

  /** The real corpora, beside the repository. */
  static Path shared() {
    return Path.of(System.getProperty("corroborate.shared", "../../shared")).toAbsolutePath();
  }

  static Path repository() {
    return Path.of("").toAbsolutePath().getParent();
  }

  static ProcessBuilder builder(Path workDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dcorroborate.home=" + repository());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workDir.toFile());
  }

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      Process p =
          builder(workDir, args)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("corroborate " + String.join(" ", args) + " did not finish");
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private CliProcess() {}
}
