package mamori;

/** Entry point of the {@code mamori} command; see {@link mamori.cli.MamoriCommand}. */
public final class Mamori {
  private Mamori() {}

  public static void main(String[] args) {
    System.exit(mamori.cli.MamoriCommand.run(args));
  }
}
