package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;

/**
 * The resolve stage, assembled in one place: event mentions → incidents of each document →
 * incidents across documents → origins → reconciled figures, contradictions and chronology. Runs in
 * time near linear in the number of claims: comparisons happen inside a document, inside a block of
 * one place and month, or between reports that share a passage or rare names.
 */
public final class Resolver {

  private Resolver() {}

  private static Place documentPlace(DocumentInfo d) {
    return d.place() == null
        ? null
        : PlaceValue.parse(d.place(), "document:" + d.id()).orElse(null);
  }

  /** The day a report's incidents are dated by when their own claims date none, or null. */
  private static LocalDate undatedDay(DocumentInfo d) {
    return d.leadDay() != null ? d.leadDay() : d.published();
  }

  /** The incidents the claims report, earliest first (undated last), then by id. */
  public static List<Incident> resolve(ResolveInput input, ResolveOptions options) {
    Map<String, DocumentInfo> documents = new LinkedHashMap<>();
    input.documents().forEach(d -> documents.put(d.id(), d));
    Compatibility compatibility = new Compatibility(options);

    Map<String, List<EventMention>> mentionsByDocument = new LinkedHashMap<>();
    for (EventMention m : new EventMentions().of(input.claims())) {
      mentionsByDocument.computeIfAbsent(m.document(), d -> new ArrayList<>()).add(m);
    }
    DocumentIncidents perDocument = new DocumentIncidents(compatibility);
    List<MentionGroup> documentIncidents = new ArrayList<>();
    mentionsByDocument.forEach(
        (doc, mentions) ->
            documentIncidents.addAll(
                perDocument.of(
                    mentions, undatedDay(documents.get(doc)), documentPlace(documents.get(doc)))));
    NameLinks names = NameLinks.of(documents.values());
    List<MentionGroup> groups =
        new IncidentGrouping(compatibility, options)
            .group(documentIncidents, linked(input.links()), names, streets(documents));
    UnreportedDocuments.attach(documents, groups, names);

    Origins origins = new Origins(documents);
    DenialsKept denials = new DenialsKept();
    LaterDirectObservation direct = new LaterDirectObservation(documents);
    Figures figures = new Figures(Figures.countingRules(denials), direct);
    IncidentAssembly assembly =
        new IncidentAssembly(
            documents, figures, new Contradictions(denials), new Chronology(), options);
    Map<String, List<DocumentLink>> linksFrom = new HashMap<>();
    input.links().forEach(l -> linksFrom.computeIfAbsent(l.from(), d -> new ArrayList<>()).add(l));

    Map<Incident, Integer> firstSentence = new IdentityHashMap<>();
    for (MentionGroup g : groups) {
      List<Claim> claims = g.claims();
      Incident i = assembly.assemble(g, origins.of(claims, linksWithin(g.documents(), linksFrom)));
      firstSentence.put(i, firstSentence(i, claims));
    }
    List<Incident> out = new ArrayList<>(firstSentence.keySet());
    // by start, then where the earliest report first tells each: an order a new extractor version,
    // which renames every claim, leaves as it is
    out.sort(
        Comparator.comparing(
                (Incident i) -> i.start() == null ? null : MentionTime.lowerBound(i.start()),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.documents().get(0))
            .thenComparing(firstSentence::get)
            .thenComparing(Incident::id));
    return out;
  }

  /** Where the incident's earliest report first tells of it. */
  private static int firstSentence(Incident incident, List<Claim> claims) {
    String earliest = incident.documents().get(0);
    return claims.stream()
        .filter(c -> c.document().equals(earliest))
        .mapToInt(c -> c.sentence().start())
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  /** For each document, the streets it names. */
  private static Map<String, Set<String>> streets(Map<String, DocumentInfo> documents) {
    Map<String, Set<String>> out = new HashMap<>();
    documents.forEach((id, d) -> out.put(id, d.streets()));
    return out;
  }

  /** For each document, the documents it shares text with, both ways. */
  private static Map<String, Set<String>> linked(List<DocumentLink> links) {
    Map<String, Set<String>> out = new HashMap<>();
    for (DocumentLink l : links) {
      out.computeIfAbsent(l.from(), d -> new LinkedHashSet<>()).add(l.to());
      out.computeIfAbsent(l.to(), d -> new LinkedHashSet<>()).add(l.from());
    }
    return out;
  }

  private static List<DocumentLink> linksWithin(
      Set<String> docs, Map<String, List<DocumentLink>> linksFrom) {
    List<DocumentLink> out = new ArrayList<>();
    for (String d : docs) {
      for (DocumentLink l : linksFrom.getOrDefault(d, List.of())) {
        if (docs.contains(l.to())) {
          out.add(l);
        }
      }
    }
    return out;
  }
}
