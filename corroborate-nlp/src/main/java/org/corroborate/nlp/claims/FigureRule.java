package org.corroborate.nlp.claims;

import java.util.List;

/**
 * One way the dependency tree says what happened to the people an amount counts. A rule reads
 * relations only, never the distance between a number and a keyword.
 */
interface FigureRule {

  List<FigureLink> links(Parse parse, AmountNode amount);
}
