package mamori.cli;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Model.CommandSpec;

/** A progress bar on standard error when it is a terminal; nothing otherwise. */
final class Progress {
  private Progress() {}

  static boolean onTerminal() {
    return System.console() != null && System.console().isTerminal();
  }

  /** Runs {@code work}, which has no result, drawing a bar as {@link #track} does. */
  static void run(CommandSpec spec, String task, long max, Consumer<LongConsumer> work) {
    track(spec, task, max, step -> {
      work.accept(step);
      return Boolean.TRUE;
    });
  }

  /** Runs {@code work}, drawing a bar of {@code max} steps (-1: unknown) from the counts it reports. */
  static <T> T track(CommandSpec spec, String task, long max, Function<LongConsumer, T> work) {
    if (!onTerminal()) {
      return work.apply(n -> {});
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setUpdateIntervalMillis(200).showSpeed().build()) {
      return work.apply(bar::stepTo);
    }
  }
}
