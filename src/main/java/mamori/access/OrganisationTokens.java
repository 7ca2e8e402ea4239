package mamori.access;

import java.util.List;
import java.util.Optional;
import mamori.vault.Vault;

/**
 * Which tenant token each token an organisation was shown stands for: remembered when it lists
 * persons, looked up when it names one. {@link PersonTokenTable} in the service.
 */
interface OrganisationTokens {
  void remember(String tenant, String organisation, List<Vault.TokenPair> pairs);

  Optional<String> own(String tenant, String organisation, String token);
}
