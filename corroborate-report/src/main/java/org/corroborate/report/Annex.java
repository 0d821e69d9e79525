package org.corroborate.report;

/** The annex: every document of the case with its name, SHA-256, date, kind, title and address. */
final class Annex {

  private Annex() {}

  static String of(DocumentCatalog documents) {
    StringBuilder out = new StringBuilder("<section class=\"annex\" id=\"annex\">\n");
    out.append("<h2>Annex: documents</h2>\n<table class=\"annex\">\n")
        .append("<tr><th>Name</th><th>SHA-256</th><th>Published</th><th>Source kind</th>")
        .append("<th>Title</th><th>Address</th></tr>\n");
    for (DocumentRef ref : documents.sorted()) {
      out.append("<tr><td><code>")
          .append(Markup.escape(ref.name()))
          .append("</code></td><td><code class=\"hash\">")
          .append(ref.id())
          .append("</code></td><td>")
          .append(ref.published() == null ? "unknown" : ref.published().toString())
          .append("</td><td>")
          .append(ref.sourceKind() == null ? "unknown" : Markup.escape(ref.sourceKind()))
          .append("</td><td>")
          .append(Markup.escape(ref.title()))
          .append("</td><td class=\"url\">")
          .append(Markup.escape(ref.url()))
          .append("</td></tr>\n");
    }
    return out.append("</table>\n</section>\n").toString();
  }
}
