package org.corroborate.model;

/** A half-open range {@code [start, end)} of character offsets into a document's extracted text. */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start must be non-negative, and end must be >= start; got start="
              + start
              + ", end="
              + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers; fails when the span does not fit the text. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " ends beyond the text, which has " + text.length() + " characters");
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
