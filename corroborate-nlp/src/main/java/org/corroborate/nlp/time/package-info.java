/**
 * Corroborate's own time layer: finds the times a report gives and normalises them to {@link
 * org.corroborate.model.TimeValue}s, in pure Java over {@code java.time}. It exists because a
 * general tagger anchors a date written without a year to the publication date, while an
 * anniversary article published in 2015 means the story's year when it says "September 3".
 *
 * <p>The entry points: {@link org.corroborate.nlp.time.StoryTime} infers the year a document is
 * about, {@link org.corroborate.nlp.time.DateOrders} how it writes numeric dates, and {@link
 * org.corroborate.nlp.time.TimeExpressions} finds and resolves its times in a {@link
 * org.corroborate.nlp.time.TimeContext} built from both and the publication date.
 *
 * <p>The contract of {@code find}: mentions in text order, never overlapping, each with its exact
 * text, its value to the precision the text gives, {@code approximate} when the text hedges
 * ("around", "about", "some", "early", "late", "shortly before", "dawn", "last night") and a note a
 * reader should see (a year that was inferred, a weekday that contradicts its date, what an
 * anniversary was counted from). The rules:
 *
 * <ul>
 *   <li>a date without a year takes the story's year, else the latest year that puts it on or
 *       before publication;
 *   <li>a weekday alone is the nearest such day on or before publication ("last Tuesday" strictly
 *       before, "Tuesday marks" and "Tuesday will" on or after); "last week" is seven days before
 *       publication, approximate, as week precision does not exist; "two years ago" is a year,
 *       approximate;
 *   <li>"a day after", "the following day", "two days later" count from the latest earlier date in
 *       the text and are skipped when there is none; after a verb of happening they date what
 *       follows them, counted back ("the raid came six weeks after a massacre": the massacre is six
 *       weeks before the raid's date), and later expressions do not count from them; a time of day
 *       standing alone takes the day of the latest earlier date, else the publication date;
 *   <li>midnight is {@code T24:00} of the day it is attached to; dawn is about 05:00, early morning
 *       about 06:00;
 *   <li>"the second anniversary" is the event two years before the anniversary's date, "seven years
 *       after" the event's year (see {@code Anniversaries});
 *   <li>durations ("for 6 hours", "five days"), ages and phone numbers are no times: a bare number
 *       is a time only with "am"/"pm", a colon, "o'clock", or as a year after "in", "since" and the
 *       like.
 * </ul>
 */
package org.corroborate.nlp.time;
