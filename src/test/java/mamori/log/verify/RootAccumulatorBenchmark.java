package mamori.log.verify;

import java.util.Random;

/**
 * A quick measurement, not a test: streams leaf hashes (and entries) through a RootAccumulator and
 * prints leaves per second. Run after {@code mvn test-compile} with {@code java -cp
 * target/classes:target/test-classes mamori.log.verify.RootAccumulatorBenchmark [millions]}.
 */
final class RootAccumulatorBenchmark {
  private RootAccumulatorBenchmark() {}

  public static void main(String[] args) {
    int millions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int batch = 1 << 20;
    byte[] leafHashes = new byte[batch * 32];
    new Random(1).nextBytes(leafHashes);
    byte[] entry = new byte[200];
    for (int round = 0; round < 3; round++) {
      RootAccumulator accumulator = new RootAccumulator();
      long leaves = (long) millions * 1_000_000;
      long start = System.nanoTime();
      for (long i = 0; i < leaves; i++) {
        accumulator.add(leafHashes, (int) (i % batch) * 32);
      }
      byte[] root = accumulator.root();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %,d leaf hashes in %.2f s = %,.0f leaves/s (root %02x%02x...)%n",
          round, leaves, seconds, leaves / seconds, root[0], root[1]);

      RootAccumulator entries = new RootAccumulator();
      long entryCount = leaves / 5;
      start = System.nanoTime();
      for (long i = 0; i < entryCount; i++) {
        entry[0] = (byte) i;
        entry[1] = (byte) (i >>> 8);
        entries.addEntry(entry);
      }
      entries.root();
      seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %,d entries of 200 bytes in %.2f s = %,.0f entries/s%n",
          round, entryCount, seconds, entryCount / seconds);
    }
  }
}
