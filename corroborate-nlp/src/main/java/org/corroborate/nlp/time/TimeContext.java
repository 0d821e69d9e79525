package org.corroborate.nlp.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about its own time, needed to read the times in it.
 *
 * @param published the document's publication date; null when unknown, and then expressions
 *     relative to it ("yesterday", "on Tuesday", "two years ago") are skipped
 * @param order how to read ambiguous numeric dates such as 01/09/14 (see {@link DateOrders})
 * @param storyYear the year the story is about (see {@link StoryTime}); null when unknown, and then
 *     a date written without a year takes the year that puts it on or before publication
 */
public record TimeContext(LocalDate published, DateOrder order, Integer storyYear) {

  public TimeContext {
    Objects.requireNonNull(order, "order");
    if (storyYear != null && (storyYear < 1000 || storyYear > 9999)) {
      throw new IllegalArgumentException(
          "storyYear must have four digits (1000 to 9999); got " + storyYear);
    }
  }
}
