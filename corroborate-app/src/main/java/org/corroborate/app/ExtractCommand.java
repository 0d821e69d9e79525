package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Document;
import org.corroborate.nlp.Extractor;
import org.corroborate.nlp.place.CaseCountries;
import org.corroborate.nlp.place.PublisherRegions;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description = {
      "Reads every document not yet extracted for mentions (times, quantities, places, actors)"
          + " and claims (who did what to whom, when, where, how many), each with its sentence,"
          + " speaker and polarity. Documents already read by this extractor version with the same"
          + " case places are skipped.",
      "Example: corroborate extract --gazetteer sites.tsv"
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Mixin GazetteerOption gazetteer;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** How many documents, at most, tell the countries a case is about. */
  static final int COUNTRY_SAMPLE = 2_000;

  @Override
  public Integer call() throws IOException {
    return run(
        caseOption.find(),
        gazetteer.file,
        threads,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** Extracts in an existing case and prints a summary; returns the exit status. */
  static int run(
      CaseFolder folder, Path gazetteerFile, int threads, PrintWriter out, PrintWriter err)
      throws IOException {
    GazetteerOption.install(folder, gazetteerFile);
    ExtractStage.Summary summary;
    try (OpenCase open = OpenCase.forWriting(folder)) {
      Extractor models = Extractor.create(GazetteerOption.additions(folder));
      Set<String> countries = caseCountries(open, models);
      Extractor forCase = models.forCase(countries);
      Map<String, String> publishers = publisherRegions(open, forCase);
      Extractor extractor = forCase.withPublisherRegions(publishers);
      String version =
          Extractor.VERSION
              + GazetteerOption.fingerprint(folder)
              + (countries.isEmpty() ? "" : "+" + String.join("+", countries))
              + (publishers.isEmpty()
                  ? ""
                  : "+p" + Integer.toHexString(publishers.toString().hashCode()));
      ExtractStage stage = new ExtractStage(open, extractor, version, Clock.systemUTC());
      List<String> ids = stage.toRead();
      try (ProgressBar bar = IngestCommand.progressBar("extract", ids.size())) {
        summary =
            stage.run(
                ids,
                threads,
                (doc, claims, error) -> {
                  if (error != null) {
                    err.println(
                        Terminal.printable(doc.name())
                            + ": could not be extracted ("
                            + error
                            + "); it stays in the case and the next 'corroborate extract'"
                            + " tries it again; please report this with the document");
                    err.flush();
                  }
                  if (bar != null) {
                    bar.step();
                  }
                });
      }
      Map<String, String> details = new LinkedHashMap<>();
      details.put("extractor", Extractor.NAME + " " + version);
      details.put("documents", Integer.toString(summary.documents()));
      if (summary.documents() > 0) {
        open.custody().append(OpenCase.actor(), "extract", null, details);
      }
    }
    out.println(describe(summary));
    out.flush();
    return summary.failed() > 0 ? 1 : 0;
  }

  /**
   * The countries the case is about (see {@link CaseCountries}), from at most {@link
   * #COUNTRY_SAMPLE} of its documents spread evenly over it. They are part of the version the
   * documents are read with: when a case grows into other countries, every document is read again.
   */
  private static Set<String> caseCountries(OpenCase open, Extractor extractor) throws IOException {
    List<String> ids = new ArrayList<>(open.store.documentIds());
    Collections.sort(ids);
    CaseCountries counted = extractor.caseCountries();
    int step = Math.max(1, ids.size() / COUNTRY_SAMPLE);
    for (int i = 0; i < ids.size(); i += step) {
      counted.add(open.store.text(ids.get(i)));
    }
    return counted.countries();
  }

  /**
   * Where each publisher of the case's documents reports from (see {@link PublisherRegions}), from
   * every document with an address. They are part of the version the documents are read with: when
   * a publisher's region changes, every document is read again.
   */
  private static Map<String, String> publisherRegions(OpenCase open, Extractor extractor)
      throws IOException {
    PublisherRegions regions = extractor.publisherRegions();
    List<String> ids = new ArrayList<>(open.store.documentIds());
    Collections.sort(ids);
    for (String id : ids) {
      String url = open.store.document(id).map(Document::url).orElse(null);
      if (url != null) {
        regions.add(url, open.store.text(id));
      }
    }
    return regions.regions();
  }

  static String describe(ExtractStage.Summary s) {
    if (s.documents() == 0) {
      return "nothing to extract: all "
          + s.skipped()
          + " documents were read by this extractor version already";
    }
    StringJoiner figures = new StringJoiner(", ");
    for (ClaimProperty p : ClaimProperty.values()) {
      if (s.claims().containsKey(p)) {
        figures.add(s.claims().get(p) + " " + p.label());
      }
    }
    int total = s.claims().values().stream().mapToInt(Integer::intValue).sum();
    return String.format(
        Locale.ROOT,
        "extracted %d documents in %.1f s: %d claims (%s)%s",
        s.documents(),
        s.nanos() / 1e9,
        total,
        figures,
        (s.skipped() > 0 ? "; " + s.skipped() + " documents were read already" : "")
            + (s.failed() > 0 ? "; " + s.failed() + " failed (listed above)" : ""));
  }
}
