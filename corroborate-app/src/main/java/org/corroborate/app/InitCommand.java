package org.corroborate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.store.CaseFolder;
import org.corroborate.store.CaseStore;
import org.corroborate.store.CustodyLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    description = {
      "Creates a case in DIR (default: the current directory): DIR/.corroborate/ holds the case"
          + " database, the preserved originals and the custody log.",
      "Example: corroborate init ashraf-case"
    })
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to create the case.")
  Path dir = Path.of("");

  @Override
  public Integer call() throws Exception {
    Path target = dir.toAbsolutePath().normalize();
    if (CaseFolder.isCase(target)) {
      spec.commandLine().getOut().println(target + " is already a case; nothing changed");
      return 0;
    }
    init(target);
    spec.commandLine().getOut().println("created an empty case in " + target);
    return 0;
  }

  /**
   * Creates the case: the custody log's first line before the database, so that a case that exists
   * (has a database) always has the start of its custody recorded.
   */
  static CaseFolder init(Path target) throws IOException {
    CaseFolder folder = CaseFolder.create(target);
    try (CaseFolder.WriteLock lock = folder.lockForWriting()) {
      boolean fresh = !Files.exists(folder.custodyLog()) || Files.size(folder.custodyLog()) == 0;
      try (CustodyLog custody = CustodyLog.open(folder.custodyLog(), Clock.systemUTC())) {
        if (fresh) {
          custody.append(OpenCase.actor(), "init", null, Map.of("case", target.toString()));
        }
      }
      CaseStore.open(folder.database()).close();
    }
    return folder;
  }
}
