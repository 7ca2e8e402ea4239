package mamori.detect;

/** A delivery that did not go through; the message is a sentence, never a number or a secret. */
final class DeliveryFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DeliveryFailed(String message) {
    super(message, null, false, false);
  }
}
