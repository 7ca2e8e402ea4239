package mamori.web;

import org.springframework.http.HttpStatus;

/** A page is refused before anything is read: the status to answer and the message key to show. */
final class PageRefusal extends RuntimeException {
  private final HttpStatus status;
  private final String messageKey;

  PageRefusal(HttpStatus status, String messageKey) {
    super(messageKey, null, false, false);
    this.status = status;
    this.messageKey = messageKey;
  }

  static PageRefusal forbidden() {
    return new PageRefusal(HttpStatus.FORBIDDEN, "console.error.forbidden");
  }

  static PageRefusal notFound() {
    return new PageRefusal(HttpStatus.NOT_FOUND, "console.error.not-found");
  }

  HttpStatus status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }
}
