package org.corroborate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the command line needs to know about where it prints. */
final class Terminal {

  private Terminal() {}

  /** Whether standard error goes to a terminal (so a progress bar can be drawn there). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** A name made safe to print on one line: control characters shown as escapes. */
  static String printable(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                sb.append("\\n");
              } else if (c == '\t') {
                sb.append("\\t");
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }
}
