package org.corroborate.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Span;

/**
 * Finds every amount of people or things written in an English text: "52", "Fifty two", "over 30",
 * "between 20 and 30", "dozens", "six women and one man".
 *
 * <h2>What it reads</h2>
 *
 * <table>
 *   <caption>Kinds of amount and the fields they fill ("-" means null)</caption>
 *   <tr><th>text</th><th>kind</th><th>value</th><th>low</th><th>high</th><th>estimate</th></tr>
 *   <tr><td>52, 1,400, 3 000, fifty-two, one hundred and twenty, a dozen, 1.5 million</td>
 *       <td>EXACT</td><td>v</td><td>v</td><td>v</td><td>v</td></tr>
 *   <tr><td>more than / over / above 30</td><td>BOUNDED</td><td>-</td><td>31</td><td>-</td>
 *       <td>31</td></tr>
 *   <tr><td>at least 34, 34 or more</td><td>BOUNDED</td><td>-</td><td>34</td><td>-</td>
 *       <td>34</td></tr>
 *   <tr><td>up to / as many as / at most 32</td><td>BOUNDED</td><td>-</td><td>-</td><td>32</td>
 *       <td>32</td></tr>
 *   <tr><td>fewer than / less than / under / nearly / almost 50</td><td>BOUNDED</td><td>-</td>
 *       <td>-</td><td>49</td><td>49</td></tr>
 *   <tr><td>between 20 and 30, 20 to 30, 20-30, two or three</td><td>BOUNDED</td><td>-</td>
 *       <td>20</td><td>30</td><td>20</td></tr>
 *   <tr><td>about / around / approximately / some 2500, 2500 or so</td><td>VAGUE</td><td>-</td>
 *       <td>-</td><td>-</td><td>2500</td></tr>
 *   <tr><td>dozens, several hundred, tens of thousands, many</td><td>VAGUE</td><td>-</td>
 *       <td colspan="3">from the {@link VagueConventions}</td></tr>
 *   <tr><td>six women and one man</td><td>COMPOSITE</td><td>7</td><td>7</td><td>7</td>
 *       <td>7</td></tr>
 * </table>
 *
 * <p>An approximate figure ("about 2500") is VAGUE, not EXACT: the source does not give the figure,
 * so its value is null, and the figure it names is the estimate. "Nearly" and "almost" are upper
 * bounds one below the figure. One-sided bounds take the bound as the estimate; ranges take their
 * low end, the conservative reading. A modifier before a range or a vague word ("about 20 to 30")
 * is not read; the range or the word is.
 *
 * <p>A composite is two or more counts of people ("six women", "two young girls", "a man") joined
 * by commas and a final "and", at least one of them a number; its span runs from the first figure
 * to the last noun. When the first count is the sum of the others ("seven residents, six women and
 * one man"), it is a total followed by its breakdown, and the composite is the total. The nouns are
 * a fixed English list (women, men, children, civilians, soldiers, people, members, residents,
 * others, ...).
 *
 * <h2>What it leaves out</h2>
 *
 * <ul>
 *   <li>years: four digits from 1900 to 2099 written alone, unless a noun for people follows ("2000
 *       people"); and numbers beside a month ("31 August", "September 1", "Sept. 1");
 *   <li>dates and times written with separators ("01/09/14", "2013-09-01", "04:30") and times with
 *       a suffix ("6am", "6 AM", "6 a.m.");
 *   <li>ordinals ("2nd", "fifth", "twenty fifth"), percentages ("30%", "30 per cent"), prices
 *       ("$5", "5 million dollars"), and measures or durations: a number followed, possibly after
 *       "of", by a unit ("14 km", "40 tonnes", "9,000 litres", "6 hours", "5 days", "three times",
 *       "several days", "hundreds of kilometres");
 *   <li>numbers joined to a word by a hyphen or glued to letters ("16-year-old", "11-month-old",
 *       "three-day", "COVID-19", "G7", "1990s");
 *   <li>phone numbers: digits after "+", three or more groups, nine or more digits in groups, or a
 *       leading zero ("+44 7539 307419", "07539 307419");
 *   <li>labels: a number after "Resolution", "No.", "article", "page", "#" and similar words, or
 *       written with a slash ("47/2021", "Resolution 2254");
 *   <li>addresses: a number followed by capitalised words ending in a street word ("345 Burning
 *       Tree Dr"), best effort;
 *   <li>"one" as a pronoun: after "no", "any", "every", "some", "each", "the", "this", "that" or
 *       before "of", "another", "who", "by", "time", "way" and similar. Otherwise "one" is read as
 *       1 ("one man", "killed one"), preferring recall: a claim extractor downstream decides
 *       whether the amount is a count of victims;
 *   <li>vague words in a question ("how many");
 *   <li>decimal figures without a scale word ("2.5").
 * </ul>
 *
 * <p>Letter case does not matter ("Fifty two" at the start of a sentence), and hyphens may be
 * straight or typographic. Instances are immutable and safe to share between threads.
 */
public final class QuantityReader {

  private final Phrases phrases;

  public QuantityReader(VagueConventions conventions) {
    this.phrases = new Phrases(Objects.requireNonNull(conventions, "conventions"));
  }

  /**
   * Every amount in {@code text}, ordered by position and not overlapping, with spans shifted by
   * {@code offset}: pass a sentence and its start in the document to get the document's offsets.
   *
   * @throws IllegalArgumentException when offset is negative
   */
  public List<Quantity> read(String text, int offset) {
    Objects.requireNonNull(text, "text");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be non-negative; got " + offset);
    }
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Phrases.Step step = phrases.at(tokens, i);
      if (step.atom() != null) {
        out.add(quantity(text, offset, tokens, step.atom()));
      }
      i = step.next();
    }
    return List.copyOf(out);
  }

  private static Quantity quantity(String text, int offset, List<Token> tokens, Atom a) {
    int start = tokens.get(a.first()).start();
    int end = tokens.get(a.end() - 1).end();
    Span span = new Span(offset + start, offset + end);
    String words = text.substring(start, end);
    if (a.kind() == QuantityKind.EXACT) {
      return Quantity.exact(span, words, a.value());
    }
    return new Quantity(span, words, a.kind(), a.value(), a.low(), a.high(), a.estimate());
  }
}
