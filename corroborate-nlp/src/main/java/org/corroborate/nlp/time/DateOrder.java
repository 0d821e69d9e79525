package org.corroborate.nlp.time;

/** How to read a numeric date whose first two numbers could each be the day: 01/09/14. */
public enum DateOrder {
  /** 01/09/14 is 1 September 2014, as in most of the world. */
  DAY_FIRST,
  /** 01/09/14 is 9 January 2014, as in the United States. */
  MONTH_FIRST
}
