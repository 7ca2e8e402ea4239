package mamori.store;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of Mamori. The web service injects the {@link Clock} bean defined here; commands
 * that build their services by hand, without Spring, take {@link #systemClock()}. No other class
 * reads the system time, so a test can hand any class a fixed or advancing clock instead of
 * sleeping ({@code NoSystemTimeTest} checks it).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  /** The system clock in UTC: the one place Mamori reads the time of the machine. */
  public static Clock systemClock() {
    return Clock.systemUTC();
  }

  @Bean
  Clock clock() {
    return systemClock();
  }
}
