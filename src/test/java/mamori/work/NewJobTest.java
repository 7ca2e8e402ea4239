package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The deadline as people type it, read the same by the job's form, its page and the CLI. */
class NewJobTest {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void aDate_endsAtTheLastSecondOfThatDayInTokyo_notAtTheNextDay() {
    Instant at = NewJob.deadline("2027-01-31");
    assertThat(at).isEqualTo(ZonedDateTime.of(2027, 1, 31, 23, 59, 59, 0, TOKYO).toInstant());
    // both edges: the day's last second is still within it, the next day's first is not
    assertThat(ZonedDateTime.of(2027, 1, 31, 23, 59, 59, 0, TOKYO).toInstant()).isEqualTo(at);
    assertThat(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, TOKYO).toInstant()).isAfter(at);
    // and it reads back as the day typed in Japan
    assertThat(at.atZone(TOKYO).toLocalDate()).hasToString("2027-01-31");
  }

  @Test
  void aDateTime_isInTokyoUnlessItHasAnOffset_andAnInstantIsTaken() {
    assertThat(NewJob.deadline("2027-01-31T17:00"))
        .isEqualTo(ZonedDateTime.of(2027, 1, 31, 17, 0, 0, 0, TOKYO).toInstant());
    assertThat(NewJob.deadline("2027-01-31T15:00:00Z"))
        .isEqualTo(Instant.parse("2027-01-31T15:00:00Z"));
    assertThat(NewJob.deadline(" 2027-01-31T17:00+09:00 "))
        .isEqualTo(Instant.parse("2027-01-31T08:00:00Z"));
  }

  @Test
  void anythingElse_isRefused() {
    assertThatThrownBy(() -> NewJob.deadline("31/01/2027"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewJob.deadline("")).isInstanceOf(IllegalArgumentException.class);
  }
}
