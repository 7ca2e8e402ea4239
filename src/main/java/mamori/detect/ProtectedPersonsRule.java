package mamori.detect;

import java.time.Duration;
import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.PersonTag;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/**
 * {@code detect.protected}: any access, allowed or refused, to a person carrying the tag {@code
 * detect.protected.tag} (default {@code protected}; officials, DV victims), by anyone but the
 * system and the resident. The tagging itself ({@code person.tag}, {@code person.untag}) is not an
 * access: it tells the cached set to be read again. High; notify by default; one alert per person
 * while it is open and within the hour.
 */
final class ProtectedPersonsRule implements Rule {
  static final String ID = "detect.protected";
  static final String NAME = "protected";
  static final String TAG = "protected";

  private final ProtectedPersons persons;

  ProtectedPersonsRule(ProtectedPersons persons) {
    this.persons = persons;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration window(RuleSettings s) {
    return Duration.ofHours(1);
  }

  @Override
  public List<Finding> test(Seen seen, RuleSettings s) {
    AccessRecord r = seen.record();
    if (r.action().equals(Action.PERSON_TAG.code())
        || r.action().equals(Action.PERSON_UNTAG.code())) {
      persons.changed(seen.tenant());
      return List.of();
    }
    if (seen.replay() || r.personToken().isEmpty() || Knobs.system(r)) {
      return List.of();
    }
    PersonTag tag;
    try {
      tag = PersonTag.parse(s.text("detect." + NAME + ".tag").orElse(TAG));
    } catch (IllegalArgumentException e) {
      tag = new PersonTag(TAG);
    }
    if (!persons.holds(seen.tenant(), tag, r.personToken())) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.HIGH,
            "person:" + r.personToken(),
            r.action()
                + " of a person tagged "
                + tag.text()
                + " by "
                + r.actor()
                + " of "
                + r.organisation()
                + " ("
                + r.decision()
                + ")",
            List.of(seen.index()),
            Responder.policy(s, NAME, AlertPolicy.NOTIFY),
            Knobs.entrustment(r),
            r.actor()));
  }
}
