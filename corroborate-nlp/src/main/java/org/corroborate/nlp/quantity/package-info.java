/**
 * Reading amounts in English text: exact figures, bounds, ranges, vague words and sums of counts of
 * people, each with its span, as {@link org.corroborate.model.Quantity} values.
 *
 * <p>{@link org.corroborate.nlp.quantity.QuantityReader} is the entry point. It reads plain text,
 * usually one sentence at a time, and returns every amount in it ordered by position and never
 * overlapping, with offsets shifted into the document. It leaves out numbers that are not amounts
 * (years, dates, times, ordinals, percentages, prices, measures, labels, phone numbers, ages); its
 * class description lists them. Vague words are read by the stated {@link
 * org.corroborate.nlp.quantity.VagueConventions}, which default to ACLED's where ACLED has one and
 * can be overridden from configuration.
 *
 * <p>The package is pure Java and does not use CoreNLP: it works on characters and words, so it
 * knows nothing of syntax. Whether an amount counts the victims of an event is decided by the claim
 * extractor that uses it.
 */
package org.corroborate.nlp.quantity;
