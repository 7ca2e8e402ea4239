package mamori.retention;

import mamori.core.TenantId;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read side of retention in the web service: the deletion records and the disposal certificate,
 * with the tenant's name and purposes from the registry.
 */
@Configuration(proxyBeanMethods = false)
class DeletionRecordsConfiguration {
  @Bean
  DeletionRecords deletionRecords(Store store) {
    return new DeletionRecords(store.dataSource());
  }

  @Bean
  DisposalCertificate disposalCertificate(DeletionRecords records, Entrustments entrustments) {
    return certificate(records, entrustments);
  }

  /** The certificate over {@code records}, naming the tenant and its purposes as registered. */
  static DisposalCertificate certificate(DeletionRecords records, Entrustments entrustments) {
    return new DisposalCertificate(
        records,
        (TenantId t) ->
            entrustments.organisation(t.value()).map(Organisation::name).orElse(t.value()),
        (TenantId t) -> entrustments.purposes(t.value()));
  }
}
