package mamori.work;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;

/**
 * The scope of an entrustment to key one job: the job as its person set, and every person field its
 * document type's parts hold, unmasked, since an operator keys from the page what the scope shows
 * ({@link Desk} asks for each part's {@link DocumentType.Part#scopeFields}).
 */
public final class JobScope {
  private JobScope() {}

  /**
   * The scope for {@code actions} on {@code job} of {@code type}, for {@code purpose}, from {@code
   * from} to {@code to} (inclusive), at most {@code dailyCap} persons a day.
   */
  public static Scope of(
      DocumentType type,
      JobId job,
      String purpose,
      LocalDate from,
      LocalDate to,
      long dailyCap,
      Set<Action> actions) {
    Map<Field, Mask> fields = new LinkedHashMap<>();
    type.parts().forEach(p -> p.scopeFields().forEach(f -> fields.put(f, Mask.NONE)));
    return new Scope(
        Set.of(purpose), fields, new PersonSet.Job(job.value()), from, to, dailyCap, actions);
  }
}
