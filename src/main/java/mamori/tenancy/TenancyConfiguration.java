package mamori.tenancy;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenants, the enrolment addresses and the administration of users, over the store. */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

  @Bean
  Enrolments enrolments(
      Store store,
      TenantKeys keys,
      Credentials credentials,
      Users users,
      TransparencyLogs logs,
      Clock clock) {
    return new Enrolments(store.dataSource(), keys, credentials, users, logs, clock);
  }

  @Bean
  UserAdmin userAdmin(
      Users users,
      Credentials credentials,
      ApiTokens tokens,
      Entrustments entrustments,
      Enrolments enrolments,
      TransparencyLogs logs,
      Clock clock) {
    return new UserAdmin(users, credentials, tokens, entrustments, enrolments, logs, clock);
  }

  @Bean
  Tenants tenants(
      Store store,
      TenantKeys keys,
      TransparencyLogs logs,
      Entrustments entrustments,
      Users users,
      Enrolments enrolments,
      Clock clock) {
    return new Tenants(store.dataSource(), keys, logs, entrustments, users, enrolments, clock);
  }
}
