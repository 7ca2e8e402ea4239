package mamori.terminal;

import java.util.function.Function;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on standard error when it is a terminal; nothing otherwise. */
public final class Progress {
  private Progress() {}

  public static boolean onTerminal() {
    return System.console() != null && System.console().isTerminal();
  }

  /** An open bar: it hears absolute counts; closing it ends the bar. */
  public interface Bar extends LongConsumer, AutoCloseable {
    @Override
    void close();
  }

  /**
   * A bar of {@code max} steps (-1: unknown) when standard error is a terminal; one that draws
   * nothing otherwise.
   */
  public static Bar open(String task, long max) {
    if (!onTerminal()) {
      return new Bar() {
        @Override
        public void accept(long count) {}

        @Override
        public void close() {}
      };
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .build();
    return new Bar() {
      @Override
      public void accept(long count) {
        bar.stepTo(count);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * Runs {@code work}, drawing a bar of {@code max} steps (-1: unknown) from the counts it reports.
   */
  public static <T> T track(String task, long max, Function<LongConsumer, T> work) {
    try (Bar bar = open(task, max)) {
      return work.apply(bar);
    }
  }

  /** Runs {@code work}, which answers nothing, drawing a bar of {@code max} steps (-1: unknown). */
  public static void run(String task, long max, java.util.function.Consumer<LongConsumer> work) {
    try (Bar bar = open(task, max)) {
      work.accept(bar);
    }
  }
}
