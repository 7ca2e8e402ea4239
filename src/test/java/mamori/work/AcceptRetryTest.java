package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The retry of failed ties and acceptances on SQLite and PostgreSQL: run by its loop's tick, never
 * by an operator's call, backed off on the document's row, and over every due document.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class AcceptRetryTest extends DeskTestBase {
  static final IndividualNumber NEW = IndividualNumber.withCheckDigit("98765432109");

  AcceptRetry retry() {
    return new AcceptRetry(desk, false, 1000);
  }

  @Test
  void aFailedAcceptance_isRetriedByTheTick_backedOffOnItsRow_notByAnOperatorsCall() {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(NEW.digits(InsecureNumberAccess.get()), "鈴木");
    desk.duringAcceptance =
        () -> {
          throw new IllegalStateException("killed");
        };
    keyBoth(OP1, values, OP2, values);
    assertThat(documentState(doc)).isEqualTo("open");

    // an operator's call never retries it
    assertThat(desk.next(OP1, JOB)).isEmpty();
    assertThat(failures(doc)).isZero();
    // the deciding call's lease: the loop leaves it a minute, so the two never accept it at once
    assertThat(retryAfter(doc))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)).toEpochMilli());
    assertThat(retry().tick()).isZero();
    assertThat(failures(doc)).isZero();
    clock.advance(Duration.ofMinutes(1));

    // a retry that fails backs it off one minute, then two
    assertThat(retry().tick()).isZero();
    assertThat(failures(doc)).isEqualTo(1);
    assertThat(retryAfter(doc))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)).toEpochMilli());
    assertThat(retry().tick()).isZero();
    assertThat(failures(doc)).as("not due again before its back-off ends").isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(retry().tick()).isZero();
    assertThat(failures(doc)).isEqualTo(2);
    assertThat(retryAfter(doc))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)).toEpochMilli());

    // once it can be, the retry due accepts it and forgets its failures
    desk.duringAcceptance = () -> {};
    clock.advance(Duration.ofMinutes(2));
    assertThat(retry().tick()).isEqualTo(1);
    assertThat(documentState(doc)).isEqualTo("accepted");
    assertThat(failures(doc)).isZero();
    assertThat(retry().tick()).isZero();
  }

  @Test
  void theTick_pagesThroughEveryDueDocument_ofEveryJob() {
    // more due documents than a page, in two jobs: every one is tried in one tick (these have no
    // values, so each is found not acceptable as it is and asked again in an hour)
    for (int i = 0; i < 130; i++) {
      document(i % 2 == 0 ? JOB : OTHER_JOB);
    }
    org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
        .sql("UPDATE work_task SET state = 'done'")
        .update();
    assertThat(retry().tick()).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_document WHERE retry_after IS NOT NULL"))
        .isEqualTo(130);
    assertThat(count("SELECT COUNT(*) FROM work_document WHERE state = 'open'")).isEqualTo(130);
  }

  @Test
  void aDocumentNotDone_isNotDue() {
    long doc = document(JOB);
    assertThat(retry().tick()).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_document WHERE retry_after IS NOT NULL")).isZero();
    assertThat(documentState(doc)).isEqualTo("open");
  }

  long failures(long doc) {
    return count("SELECT retry_failures FROM work_document WHERE document_id = ?", doc);
  }

  long retryAfter(long doc) {
    return count("SELECT retry_after FROM work_document WHERE document_id = ?", doc);
  }
}
