package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractionTest {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
      <meta charset="utf-8">
      <title>Clinic shelled in Norrow | The Harbour Gazette</title>
      <meta property="og:title" content="Clinic shelled in Norrow">
      <meta property="article:published_time" content="2016-03-14T07:45:00+02:00">
      <style>p { color: black; }</style>
      <script>var tracker = "should never appear";</script>
      </head>
      <body class="single-post has-sidebar">
      <header class="site-header"><a href="/">The Harbour Gazette</a> <a href="/world">World</a></header>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <div id="cookie-banner">We use cookies. <button>Accept</button></div>
      <main><article>
      <header><h1>Clinic   shelled in
        Norrow</h1><p class="byline">By a staff reporter</p></header>
      <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email</a></div>
      <p>The only clinic in Norrow was hit by shell fire on Sunday night, according to
         three nurses who work there &amp; two residents of the eastern quarter.</p>
      <blockquote><p>We moved the patients into the corridor when the first shell landed.</p></blockquote>
      <p>The district administrator said repairs would take at least a month.<br>Water is
         still being trucked in from the coast.</p>
      <p>Read more: <a href="/a">Norrow fighting</a> <a href="/b">Coast roads</a></p>
      <div class="advert">Buy a boat today</div>
      <ul class="related-links"><li><a href="/c">Another story</a></li></ul>
      <footer>Tags: <a href="/t">health</a></footer>
      </article>
      <section id="comments"><h2>2 comments</h2>
        <div class="comment"><p>My cousin lives near the clinic and heard it too.</p></div>
        <form><textarea>Leave a reply</textarea></form>
      </section>
      </main>
      <aside>Most read</aside>
      <footer class="site-footer">Copyright the Harbour Gazette</footer>
      </body></html>
      """;

  private static FileParser parser;

  @TempDir Path dir;

  @BeforeAll
  static void loadParser() {
    parser = new FileParser(ExtractionLimits.DEFAULTS);
  }

  @Test
  void an_article_page_yields_its_main_text_as_paragraphs_without_page_furniture()
      throws Exception {
    ParsedFile parsed = parse();

    assertThat(parsed.mediaType()).isEqualTo("text/html");
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "Clinic shelled in Norrow",
                "By a staff reporter",
                "The only clinic in Norrow was hit by shell fire on Sunday night, according to"
                    + " three nurses who work there & two residents of the eastern quarter.",
                "We moved the patients into the corridor when the first shell landed.",
                "The district administrator said repairs would take at least a month.\nWater is"
                    + " still being trucked in from the coast.",
                "Read more: Norrow fighting Coast roads",
                "2 comments",
                "My cousin lives near the clinic and heard it too."));
    assertThat(parsed.text())
        .doesNotContain("tracker", "cookies", "Share on", "Home", "Buy a boat", "Another story")
        .doesNotContain("Tags", "Most read", "Copyright", "Leave a reply");
    assertThat(parsed.language()).isEqualTo("en");
  }

  @Test
  void block_quotations_comments_and_link_lists_are_marked_by_hints() throws Exception {
    ParsedFile parsed = parse();
    String text = parsed.text();

    assertThat(spans(text, parsed.hints().quotations()))
        .containsExactly("We moved the patients into the corridor when the first shell landed.");
    assertThat(spans(text, parsed.hints().comments()))
        .containsExactly("2 comments\n\nMy cousin lives near the clinic and heard it too.");
    assertThat(spans(text, parsed.hints().boilerplate()))
        .containsExactly("Read more: Norrow fighting Coast roads");
  }

  @Test
  void the_title_comes_from_the_title_element_and_the_date_from_the_meta_tag() throws Exception {
    ParsedFile parsed = parse();

    assertThat(parsed.title()).isEqualTo("Clinic shelled in Norrow | The Harbour Gazette");
    assertThat(parsed.published())
        .contains(
            new PublicationDate(
                LocalDate.of(2016, 3, 14), DateOrigin.HTML_META, "article:published_time"));
  }

  @Test
  void without_a_title_element_the_first_heading_is_the_title() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bare.html"),
            "<html><body><h1>Ferry stopped at Lirac</h1><p>"
                + Fixtures.PARAGRAPHS.get(0)
                + "</p><time itemprop=\"datePublished\" datetime=\"2014-11-02\">2 Nov</time>"
                + "</body></html>",
            StandardCharsets.UTF_8);

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.title()).isEqualTo("Ferry stopped at Lirac");
    assertThat(parsed.published().map(PublicationDate::date)).contains(LocalDate.of(2014, 11, 2));
    assertThat(parsed.published().map(PublicationDate::origin)).contains(DateOrigin.HTML_META);
  }

  private ParsedFile parse() throws Exception {
    return parser.parse(
        Files.writeString(dir.resolve("article.html"), PAGE, StandardCharsets.UTF_8));
  }

  private static List<String> spans(String text, List<Span> spans) {
    return spans.stream().map(span -> span.of(text)).toList();
  }
}
