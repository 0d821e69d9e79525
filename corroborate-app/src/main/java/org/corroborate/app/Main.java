package org.corroborate.app;

/** Starts the command line; the process exits with the command's status. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit status (0 done, 1 something failed, 2 usage). */
  public static int run(String... args) {
    return Cli.commandLine().execute(args);
  }
}
