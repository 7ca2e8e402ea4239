package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectSettingsTest {

  @Test
  void everyDefault_passesItsOwnCheck() {
    DetectSettings.DEFAULTS.forEach(DetectSettings::check);
    assertThat(DetectSettings.DEFAULTS)
        .containsEntry("detect.harvesting.policy", "suspend-entrustment")
        .containsEntry("detect.harvesting.persons", "100")
        .containsEntry("detect.refusals.actor", "10")
        .containsEntry("detect.volume.floor", "200")
        .containsEntry("detect.off-hours.hours", "08:00-19:00")
        .containsEntry("detect.protected.tag", "protected")
        .hasSize(22);
  }

  @Test
  void numbers_areCheckedAtTheirBounds() {
    DetectSettings.check("detect.refusals.actor", "2");
    DetectSettings.check("detect.refusals.actor", "100000");
    assertThatThrownBy(() -> DetectSettings.check("detect.refusals.actor", "1"))
        .hasMessage("detect.refusals.actor is a whole number from 2 to 100000");
    assertThatThrownBy(() -> DetectSettings.check("detect.refusals.actor", "100001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetectSettings.check("detect.refusals.actor", "１０"))
        .isInstanceOf(IllegalArgumentException.class);
    DetectSettings.check("detect.new-network.after-hours", "0");
  }

  @Test
  void policiesHoursWeekendsAndTags_areCheckedByForm() {
    DetectSettings.check("detect.volume.policy", "suspend-user");
    assertThatThrownBy(() -> DetectSettings.check("detect.volume.policy", "ban"))
        .hasMessage("detect.volume.policy is notify, suspend-entrustment or suspend-user");
    DetectSettings.check("detect.off-hours.hours.data-co", "06:00-22:00");
    assertThatThrownBy(() -> DetectSettings.check("detect.off-hours.hours", "22:00-06:00"))
        .hasMessageContaining("HH:MM-HH:MM");
    assertThatThrownBy(() -> DetectSettings.check("detect.off-hours.weekends", "yes"))
        .hasMessage("detect.off-hours.weekends is on or off");
    assertThatThrownBy(() -> DetectSettings.check("detect.protected.tag", "a\u0007b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherNames_areRefused() {
    assertThat(DetectSettings.names("detect.off-hours.hours.Data_Co")).isFalse();
    assertThat(DetectSettings.names("staff.daily-reads")).isFalse();
    assertThatThrownBy(() -> DetectSettings.check("detect.volume.nothing", "1"))
        .hasMessageStartingWith("no such detection setting");
  }
}
