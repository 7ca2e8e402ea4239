package mamori.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The accesses-per-day chart drawn on the server as SVG geometry: one stacked bar per day (allowed
 * below, denied above), a label under every few bars. The template writes the numbers into SVG
 * attributes; colours come from CSS classes, so the strict CSP needs no inline style or script.
 */
record AccessChart(int width, int height, int baseline, long max, List<Bar> bars) {
  static final int WIDTH = 720;
  static final int HEIGHT = 200;
  static final int PLOT = 160;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd");

  /** A day's bar: the allowed part from the baseline up, the denied part on top of it. */
  record Bar(
      int x,
      int width,
      int allowedY,
      int allowedHeight,
      int deniedY,
      int deniedHeight,
      String date,
      long allowed,
      long denied,
      boolean labelled,
      int labelX) {}

  static AccessChart of(List<LogActivity.Day> days) {
    long max = Math.max(1, days.stream().mapToLong(LogActivity.Day::total).max().orElse(0));
    int slot = WIDTH / Math.max(1, days.size());
    int barWidth = Math.max(2, slot - 4);
    int every = days.size() > 14 ? 5 : 2;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LogActivity.Day d = days.get(i);
      int allowedHeight = (int) Math.round((double) d.allowed() * PLOT / max);
      int deniedHeight = (int) Math.round((double) d.denied() * PLOT / max);
      int x = i * slot + 2;
      bars.add(
          new Bar(
              x,
              barWidth,
              PLOT - allowedHeight,
              allowedHeight,
              PLOT - allowedHeight - deniedHeight,
              deniedHeight,
              d.date().format(LABEL),
              d.allowed(),
              d.denied(),
              i % every == 0 || i == days.size() - 1,
              x + barWidth / 2));
    }
    return new AccessChart(WIDTH, HEIGHT, PLOT, max, bars);
  }
}
