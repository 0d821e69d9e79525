package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Incident;

/** Fictional places and a shortcut to resolve reports with the default options. */
final class Cases {

  static final String NARA = "Camp Nara, Velor, XF (33.1000, 44.2000)";
  static final String VELOR = "Velor, XF";
  static final String OSTRAVEN = "Ostraven, Kesh, XF (35.0000, 45.0000)";
  static final String MILLBROOK = "Millbrook, Ohio, US (40.1000, -83.2000)";
  static final String MILLBROOK_MICHIGAN = "Millbrook, Michigan, US (43.1000, -84.2000)";
  static final String FAIRVIEW = "Fairview, Ohio, US (40.5000, -83.9000)";

  private Cases() {}

  static List<Incident> resolve(List<DocumentLink> links, Report... reports) {
    List<DocumentInfo> docs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Report r : reports) {
      docs.add(r.info());
      claims.addAll(r.claims());
    }
    return Resolver.resolve(new ResolveInput(docs, claims, links), ResolveOptions.defaults());
  }

  static List<Incident> resolve(Report... reports) {
    return resolve(List.of(), reports);
  }

  /**
   * Resolves the reports in a case of {@code size} further reports that use names of their own, so
   * that the names the reports share are rare (see {@link NameLinksTest#corpus}).
   */
  static List<Incident> resolveAmong(int size, long seed, Report... reports) {
    List<Claim> claims = new ArrayList<>();
    for (Report r : reports) {
      claims.addAll(r.claims());
    }
    return Resolver.resolve(
        new ResolveInput(NameLinksTest.corpus(size, seed, reports), claims, List.of()),
        ResolveOptions.defaults());
  }
}
