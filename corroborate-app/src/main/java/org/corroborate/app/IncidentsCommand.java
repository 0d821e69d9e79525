package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "incidents",
    description = {
      "Lists the incidents reconstructed from every document's claims: id, date, place, type,"
          + " people killed and injured as best [low-high], the number of reporting documents, and"
          + " whether the sources disagree. 'corroborate show ID' shows one in full.",
      "Example: corroborate incidents"
    })
final class IncidentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Incidents.Resolved resolved;
    try (OpenCase open = OpenCase.forReading(caseOption.find())) {
      resolved = Incidents.resolve(open);
    }
    print(resolved, out);
    return 0;
  }

  static void print(Incidents.Resolved resolved, PrintWriter out) {
    Table table =
        new Table("ID", "DATE", "PLACE", "TYPE", "KILLED", "INJURED", "SOURCES", "CONTESTED");
    for (Incident i : resolved.incidents()) {
      table.row(
          i.id().substring(0, Math.min(12, i.id().length())),
          i.start() == null ? "?" : i.start().iso(),
          i.place() == null ? "?" : place(i),
          i.type(),
          figure(i.figures().get(ClaimProperty.KILLED)),
          figure(i.figures().get(ClaimProperty.INJURED)),
          i.documents().size(),
          contested(i) ? "yes" : "");
    }
    table.print(out);
    out.println(
        resolved.incidents().size()
            + (resolved.incidents().size() == 1 ? " incident" : " incidents"));
    out.flush();
  }

  static String place(Incident i) {
    StringBuilder sb = new StringBuilder(i.place().name());
    if (i.place().country() != null) {
      sb.append(", ").append(i.place().country());
    }
    return sb.toString();
  }

  static String figure(Figure f) {
    if (f == null || f.best() == null) {
      return "";
    }
    String range =
        f.low() == null && f.high() == null
            ? ""
            : " ["
                + (f.low() == null ? "?" : f.low())
                + "-"
                + (f.high() == null ? "?" : f.high())
                + "]";
    return f.best() + range;
  }

  private static boolean contested(Incident i) {
    return !i.contradictions().isEmpty()
        || i.figures().values().stream().anyMatch(Figure::contested);
  }
}
