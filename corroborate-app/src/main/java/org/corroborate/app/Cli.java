package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command and its subcommands. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "Turns reports of violent incidents into sourced, defensible facts.",
    subcommands = {
      InitCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      RunCommand.class,
      DocumentsCommand.class,
      ClaimsCommand.class,
      IncidentsCommand.class,
      ExportCommand.class,
      ShowCommand.class,
      VerifyCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done; every file ingested, every check passed",
      "1:something failed: a file could not be ingested, a check found an alteration,"
          + " or the case could not be written",
      "2:usage error: unknown option, no case here, unreadable manifest"
    })
final class Cli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Cli());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof UsageException) {
            err.println("corroborate: " + e.getMessage());
            return 2;
          }
          if (e instanceof IOException) {
            err.println("corroborate: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cl;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"corroborate " + (v == null ? "(development build)" : v)};
    }
  }

  /** A command used wrongly: the message says how to use it. Exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
