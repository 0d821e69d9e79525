package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.model.Polarity;
import org.corroborate.model.SegmentKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class HtmlCaseFileTest {

  private final TestCase fixture = new TestCase();

  private String page(List<Incident> incidents) {
    StringWriter out = new StringWriter();
    new HtmlCaseFile("The Marrow Ford case").write(incidents, fixture.documents(), out);
    return out.toString();
  }

  private static Document xml(String page)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
  }

  private static int count(Document document, String xpath) throws XPathExpressionException {
    return ((NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
        .getLength();
  }

  /** The raid, with a quote, a title and a chronology entry that try to inject markup. */
  private Incident hostile() {
    Incident raid = fixture.raid();
    FigureSource script =
        new FigureSource(
            TestCase.figureClaim(
                TestCase.BLOG,
                ClaimProperty.KILLED,
                "We counted 7 <script>alert('x')</script> & <img src=x onerror=alert(1)> dead.",
                "7",
                TestCase.exact(7),
                "\"Ford\" <b>Watch</b>",
                Polarity.ASSERTED,
                SegmentKind.BODY),
            "origin-<i>",
            true,
            "</td></tr></table><script>");
    Figure killed = raid.figures().get(ClaimProperty.KILLED);
    Figure withScript =
        new Figure(
            ClaimProperty.KILLED,
            killed.best(),
            killed.low(),
            killed.high(),
            killed.contested(),
            List.of(script),
            "<iframe src=evil>");
    return new Incident(
        raid.id(),
        "Raid <script>document.write(1)</script>",
        "attack",
        raid.start(),
        raid.end(),
        raid.place(),
        List.of("<svg onload=alert(1)>"),
        raid.victims(),
        raid.documents(),
        Map.of(ClaimProperty.KILLED, withScript),
        raid.contradictions(),
        raid.chronology());
  }

  @Test
  void the_page_is_well_formed_xml_even_with_hostile_text() throws Exception {
    assertThat(
            xml(page(List.of(hostile(), fixture.raid(), fixture.undated())))
                .getDocumentElement()
                .getNodeName())
        .isEqualTo("html");
  }

  @Test
  void hostile_text_in_a_quote_cannot_inject_markup() {
    String page = page(List.of(hostile()));

    assertThat(page)
        .doesNotContain("<script", "<img", "<iframe", "<svg onload", "<i>", "<b>Watch")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img")
        .contains("&lt;iframe src=evil&gt;")
        .contains("Raid &lt;script&gt;");
  }

  @Test
  void the_page_needs_no_script_and_no_external_asset() {
    String page = page(List.of(fixture.raid(), fixture.undated()));

    assertThat(page).doesNotContain("<script", "<link", " src=", "url(", "@import");
    assertThat(page).contains("<style>");
  }

  @Test
  void the_timeline_draws_one_mark_per_chronology_entry() throws Exception {
    Incident raid = fixture.raid();
    Document document = xml(page(List.of(raid)));

    assertThat(count(document, "//svg[@class='timeline']")).isEqualTo(1);
    assertThat(count(document, "//svg//*[@class='mark']")).isEqualTo(raid.chronology().size());
    assertThat(count(document, "//svg//text[contains(., 'gunmen enter the camp')]")).isEqualTo(1);
  }

  @Test
  void the_timeline_draws_a_day_and_a_month_as_bars_and_an_hour_as_a_dot() throws Exception {
    Document document = xml(page(List.of(fixture.raid())));

    assertThat(count(document, "//svg//rect[@class='mark']")).isEqualTo(2);
    assertThat(count(document, "//svg//circle[@class='mark']")).isEqualTo(1);
    assertThat(count(document, "//svg//circle[@stroke-dasharray]")).isEqualTo(1);
  }

  @Test
  void a_footnote_names_the_document_its_hash_the_sentence_with_the_figure_and_the_speaker() {
    String page = page(List.of(fixture.raid()));

    assertThat(page)
        .contains("According to Dunmere Monitoring Group, as reported in " + TestCase.MONITOR)
        .contains("The group&#39;s team counted <mark>41</mark> bodies")
        .contains(TestCase.id(TestCase.MONITOR))
        .contains("origin <code>origin-monitor</code>")
        .contains("The author of " + TestCase.HERALD + " states");
  }

  @Test
  void reader_comments_are_shown_as_not_counted() {
    assertThat(page(List.of(fixture.raid())))
        .contains("I heard <mark>500</mark> were killed")
        .contains("reader comment — not counted");
  }

  @Test
  void figures_show_best_low_high_contested_and_how_best_was_chosen() {
    assertThat(page(List.of(fixture.raid())))
        .contains("41 [30–41]")
        .contains("<strong>contested</strong>")
        .contains("the monitor&#39;s body count, the latest by a direct observer");
  }

  @Test
  void contradictions_show_both_sides_with_their_claims() {
    String page = page(List.of(fixture.raid()));

    assertThat(page)
        .contains("the monitor counts 41 dead, the Herald 38")
        .contains("<li>“41”, stated in <sup><a href=\"#i1-fn1\">[1]</a></sup></li>")
        .contains("<li>“38”, stated in <sup><a href=\"#i1-fn2\">[2]</a></sup>")
        .contains("[2]</a></sup>, claim <code>claim-of-a-dating-sentence</code></li>");
  }

  @Test
  void the_annex_lists_every_document_even_those_no_incident_cites() throws Exception {
    String page = page(List.of(fixture.undated()));
    Document document = xml(page);

    assertThat(count(document, "//table[@class='annex']/tr"))
        .isEqualTo(1 + fixture.documents().size());
    assertThat(page)
        .contains(TestCase.UNCITED, TestCase.id(TestCase.UNCITED))
        .contains("<td>2019-03-09</td><td>ngo</td><td>Preliminary findings on Marrow Ford</td>");
  }

  @Test
  void the_title_page_summarises_the_case() {
    assertThat(page(List.of(fixture.raid(), fixture.undated())))
        .contains("<h1>The Marrow Ford case</h1>")
        .contains("2 incidents reconstructed from 4 documents")
        .contains("<a href=\"#i1\">Raid on Marrow Ford camp</a>");
  }

  @Test
  void the_same_input_gives_the_same_bytes() {
    List<Incident> incidents = List.of(fixture.raid(), fixture.undated());

    assertThat(page(incidents)).isEqualTo(page(incidents));
  }
}
