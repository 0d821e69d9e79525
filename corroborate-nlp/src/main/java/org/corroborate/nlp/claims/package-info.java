/**
 * Claims: who did what to whom and how many, each pinned to the sentence that states it.
 *
 * <p>{@link org.corroborate.nlp.claims.ClaimExtractor} reads the sentences the {@link
 * org.corroborate.nlp.Pipeline} parsed and emits, per sentence: an {@code occurred} claim for each
 * event mention (a trigger from {@code TriggerLexicon}, typed by {@link
 * org.corroborate.nlp.claims.EventTypes} with its ACLED mapping); casualty figures ({@code killed},
 * {@code injured}, {@code abducted}, {@code detained}, {@code missing}) from amounts an {@link
 * org.corroborate.nlp.claims.AmountReader} reads, linked to their event by dependency relations
 * only (one small {@code FigureRule} per construction); perpetrators and victims named as the
 * trigger's arguments; and instigators ({@code InstigatorRule}: "at the behest of X", "on the
 * orders of X", "ordered by X") whose cue hangs from the event word or its clause. Every claim
 * carries its sentence and verbatim quote, its value as written, its speaker (the author, or
 * whoever the sentence or the enclosing quotation reports), its polarity (asserted, denied, hedged)
 * and the kind of segment it lies in.
 *
 * <p>Contract: a number is a figure only when the tree says what happened to the people it counts
 * ("101 residents had remained" is none); a figure's {@code event} is the event mention that
 * governs it, so the tolls of two incidents in one paragraph stay apart. Time and place claims are
 * added by other packages.
 */
package org.corroborate.nlp.claims;
