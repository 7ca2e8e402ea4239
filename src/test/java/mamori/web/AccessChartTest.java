package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server-drawn chart: bars scaled to the busiest day, denied stacked on allowed, every few days
 * labelled.
 */
class AccessChartTest {
  static List<LogActivity.Day> days(long... allowedDenied) {
    List<LogActivity.Day> out = new ArrayList<>();
    LocalDate first = LocalDate.of(2026, 11, 1);
    for (int i = 0; i < allowedDenied.length; i += 2) {
      out.add(new LogActivity.Day(first.plusDays(i / 2), allowedDenied[i], allowedDenied[i + 1]));
    }
    return out;
  }

  @Test
  void theBusiestDay_fillsThePlot_andDeniedSitsOnTopOfAllowed() {
    AccessChart chart = AccessChart.of(days(0, 0, 30, 10, 10, 0));
    assertThat(chart.max()).isEqualTo(40);
    AccessChart.Bar busiest = chart.bars().get(1);
    assertThat(busiest.allowedHeight() + busiest.deniedHeight()).isEqualTo(AccessChart.PLOT);
    assertThat(busiest.allowedY()).isEqualTo(AccessChart.PLOT - busiest.allowedHeight());
    assertThat(busiest.deniedY() + busiest.deniedHeight()).isEqualTo(busiest.allowedY());
    assertThat(chart.bars().get(0).allowedHeight()).isZero();
    assertThat(chart.bars().get(2).allowedHeight()).isEqualTo(40);
    assertThat(busiest.date()).isEqualTo("11-02");
  }

  @Test
  void anEmptyLog_drawsFlatBars_withoutDividingByZero() {
    AccessChart chart = AccessChart.of(days(new long[28]));
    assertThat(chart.bars())
        .hasSize(14)
        .allSatisfy(b -> assertThat(b.allowedHeight() + b.deniedHeight()).isZero());
    assertThat(chart.bars().stream().filter(AccessChart.Bar::labelled).count()).isEqualTo(8);
    assertThat(chart.bars().getLast().x() + chart.bars().getLast().width())
        .isLessThanOrEqualTo(AccessChart.WIDTH);
  }
}
