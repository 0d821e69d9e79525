package org.corroborate.nlp.claims;

import java.util.List;
import org.corroborate.model.Quantity;

/**
 * Reads the amounts of people written in a text: exact ("52", "Fifty two"), bounded ("over 30"),
 * vague ("dozens", "many") and composite ("six women and one man") amounts, never years, dates,
 * times, ordinals, percentages, phone numbers or measurements. The claim extractor decides which of
 * them are casualty figures; this reader only reads them.
 */
public interface AmountReader {

  /**
   * The amounts in {@code text}, in text order, with spans shifted by {@code offset} so that they
   * point into the document the text was cut from.
   */
  List<Quantity> read(String text, int offset);
}
