package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.corroborate.store.CaseFolder;
import org.corroborate.store.CustodyCheck;
import org.corroborate.store.CustodyLog;
import org.corroborate.store.CustodyRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    description = {
      "Re-hashes every preserved original and checks the chain of the custody log. Prints OK, or"
          + " exactly which file or log line was altered (and exits 1).",
      "Example: corroborate verify"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Override
  public Integer call() throws IOException {
    return verify(caseOption.find(), spec.commandLine().getOut());
  }

  static int verify(CaseFolder folder, PrintWriter out) throws IOException {
    List<String> problems = new ArrayList<>();
    TreeSet<String> originals = new TreeSet<>();
    Map<String, CustodyRef> refs;
    try (OpenCase open = OpenCase.forReading(folder)) {
      // The database is read before the log: every line it points at was written before it.
      refs = open.store.custodyRefs();
      originals.addAll(open.store.documentIds());
      originals.addAll(open.evidence.ids());
      for (String id : originals) {
        Optional<String> problem = open.evidence.check(id);
        problem.ifPresent(problems::add);
      }
    }
    CustodyCheck custody = CustodyLog.verify(folder.custodyLog());
    problems.addAll(custody.problems());
    for (Map.Entry<String, CustodyRef> ref : refs.entrySet()) {
      String hash = custody.hashes().get(ref.getValue().seq());
      if (!ref.getValue().hash().equals(hash)) {
        problems.add(
            "custody.log line "
                + ref.getValue().seq()
                + ", which recorded the "
                + ref.getKey()
                + ", is "
                + (hash == null ? "missing: the log was cut short" : "not the line recorded"));
      }
    }
    if (problems.isEmpty()) {
      out.println(
          "OK: "
              + originals.size()
              + " preserved originals re-hashed, custody log of "
              + custody.lines()
              + " lines intact");
      out.flush();
      return 0;
    }
    for (String p : problems) {
      out.println("ALTERED: " + p);
    }
    out.println("FAILED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    out.flush();
    return 1;
  }
}
