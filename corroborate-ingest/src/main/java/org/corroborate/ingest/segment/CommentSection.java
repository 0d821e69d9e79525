package org.corroborate.ingest.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Span;

/**
 * Finds where reader comments appended to an article begin; everything from there to the end of the
 * text is comments. Two signals, the earlier wins:
 *
 * <ol>
 *   <li>A header line below the first paragraph, such as "Comments", "12 Comments", "Reader
 *       comments", "Leave a Reply", "5 Responses to “…”", "Join the discussion", "Add your
 *       comment".
 *   <li>A trailing block of posts: a paragraph numbered "1." or "1)", followed later by one
 *       numbered "2." or "2)", where every paragraph from there to the end is numbered or indented
 *       while fewer than half the paragraphs above are, and at least half the numbered posts (each
 *       with the unnumbered paragraphs after it) carry conversational cues: first or second person,
 *       thanks, praise, agreement, "Reply", "says:", a closing salutation. A numbered list in the
 *       article itself ("1. The council must …") has no such cues and stays body text.
 * </ol>
 */
final class CommentSection {

  private static final Pattern HEADER =
      Pattern.compile(
          "(?:"
              + String.join(
                  "|",
                  "(?:\\d[\\d,.]*\\s+)?(?:readers?['’]?s?\\s+)?comments?(?:\\s*\\(\\d+\\))?",
                  "(?:leave|post|add) (?:a|your) (?:reply|comment)",
                  "(?:\\d+\\s+)?(?:responses?|replies|thoughts) (?:to|on) [“\"«‘'].*",
                  "\\d+\\s+(?:responses?|replies|thoughts) (?:to|on) .+",
                  "join the (?:discussion|conversation)")
              + ")\\s*:?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_HEADER_WORDS = 15;

  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})[.)](?:\\s|$)");

  private static final Pattern CUE =
      Pattern.compile(
          "\\b(?:i|i['’]m|i['’]ve|me|my|you|your|yours|thanks?|thank you|great (?:article|post|piece)"
              + "|agree[ds]?|well said|reply|regards|sincerely|respectfully)\\b|\\bsays:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CommentSection() {}

  /** The offset where comments begin, or -1 when the text has none. */
  static int start(String text, List<Paragraph> paragraphs) {
    int header = headerStart(text, paragraphs);
    int posts = postsStart(text, paragraphs);
    if (header < 0 || posts < 0) {
      return Math.max(header, posts);
    }
    return Math.min(header, posts);
  }

  /** The start of the first header line, not counting the text's first line (its title). */
  private static int headerStart(String text, List<Paragraph> paragraphs) {
    for (Paragraph paragraph : paragraphs) {
      for (Span line : paragraph.lines()) {
        String content = line.of(text);
        if (line.start() > paragraphs.get(0).span().start()
            && TextScan.countWords(content, 0, content.length()) < MAX_HEADER_WORDS
            && HEADER.matcher(content).matches()) {
          return line.start();
        }
      }
    }
    return -1;
  }

  private static int postsStart(String text, List<Paragraph> paragraphs) {
    int blockStart = paragraphs.size();
    while (blockStart > 0 && numberedOrIndented(text, paragraphs.get(blockStart - 1))) {
      blockStart--;
    }
    int first = blockStart;
    while (first < paragraphs.size() && number(text, paragraphs.get(first)) != 1) {
      first++;
    }
    if (first == 0 || first == paragraphs.size()) {
      return -1;
    }
    long aboveLikePosts =
        paragraphs.subList(0, first).stream().filter(p -> numberedOrIndented(text, p)).count();
    if (2 * aboveLikePosts >= first) {
      return -1;
    }
    List<Paragraph> block = paragraphs.subList(first, paragraphs.size());
    if (block.stream().skip(1).noneMatch(p -> number(text, p) == 2)) {
      return -1;
    }
    return mostPostsConverse(text, block) ? block.get(0).span().start() : -1;
  }

  private static boolean mostPostsConverse(String text, List<Paragraph> block) {
    int posts = 0;
    int conversational = 0;
    int i = 0;
    while (i < block.size()) {
      int end = i + 1;
      while (end < block.size() && number(text, block.get(end)) < 0) {
        end++;
      }
      Span post = new Span(block.get(i).span().start(), block.get(end - 1).span().end());
      posts++;
      if (CUE.matcher(post.of(text)).find()) {
        conversational++;
      }
      i = end;
    }
    return 2 * conversational >= posts;
  }

  private static boolean numberedOrIndented(String text, Paragraph paragraph) {
    return paragraph.indented() || number(text, paragraph) >= 0;
  }

  /** The number a paragraph starts with ("3." or "3)"), or -1. */
  private static int number(String text, Paragraph paragraph) {
    Matcher m = NUMBERED.matcher(text).region(paragraph.span().start(), paragraph.span().end());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }
}
