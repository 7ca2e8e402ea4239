package mamori.detect;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends alert mail through the configured SMTP server ({@code mamori.alerts.mail.host}, {@code
 * port}, {@code from}, optionally {@code username}, {@code password}, {@code starttls}), every step
 * bounded by {@code timeout}. Without a host, every send fails with "no SMTP server is configured"
 * and the outbox keeps the mail until one is.
 */
public final class AlertMail {
  /** The settings of the SMTP server; a null or blank host means none is configured. */
  public record Settings(
      @Nullable String host,
      int port,
      String from,
      @Nullable String username,
      @Nullable String password,
      boolean starttls,
      Duration timeout) {
    @Override
    public String toString() {
      return "AlertMail.Settings[" + host + ":" + port + ", from " + from + "]";
    }
  }

  private final @Nullable JavaMailSenderImpl sender;
  private final String from;

  /** A mail sender for the server of {@code s}; it connects only when it sends. */
  public AlertMail(Settings s) {
    this.from = s.from();
    if (s.host() == null || s.host().isBlank()) {
      this.sender = null;
      return;
    }
    JavaMailSenderImpl m = new JavaMailSenderImpl();
    m.setHost(s.host());
    m.setPort(s.port());
    m.setDefaultEncoding("UTF-8");
    if (s.username() != null && !s.username().isBlank()) {
      m.setUsername(s.username());
      m.setPassword(s.password());
    }
    Properties p = m.getJavaMailProperties();
    String ms = Long.toString(s.timeout().toMillis());
    p.setProperty("mail.smtp.connectiontimeout", ms);
    p.setProperty("mail.smtp.timeout", ms);
    p.setProperty("mail.smtp.writetimeout", ms);
    p.setProperty("mail.smtp.auth", Boolean.toString(m.getUsername() != null));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(s.starttls()));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(s.starttls()));
    this.sender = m;
  }

  /**
   * Sends one mail.
   *
   * @throws DeliveryFailed when no server is configured or the server refuses or is down
   */
  void send(List<String> to, String subject, String text) {
    if (sender == null) {
      throw new DeliveryFailed("no SMTP server is configured (mamori.alerts.mail.host)");
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to.toArray(String[]::new));
    m.setSubject(subject);
    m.setText(text);
    try {
      sender.send(m);
    } catch (MailException e) {
      throw new DeliveryFailed(
          "the SMTP server did not take the mail: " + e.getClass().getSimpleName());
    }
  }
}
