package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/corroborate} passes the command's exit status and the JVM options through. */
class LauncherIT {

  @TempDir Path dir;

  int launch(String opts, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = CliProcess.repository().resolve("bin/corroborate").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
    pb.environment().put("CORROBORATE_OPTS", opts);
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }

  @Test
  void the_exit_status_of_the_command_is_the_launchers() throws Exception {
    assertThat(launch("", "--version")).isZero();
    assertThat(launch("", "documents")).as("no case here: a usage error").isEqualTo(2);
  }

  @Test
  void jvm_options_from_the_environment_reach_the_jvm() throws Exception {
    assertThat(launch("-Xmx1m", "--version")).as("a heap too small to start").isNotZero();
    assertThat(launch("-Xmx256m", "--version")).isZero();
  }
}
