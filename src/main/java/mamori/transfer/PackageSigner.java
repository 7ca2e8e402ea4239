package mamori.transfer;

import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.TenantId;
import mamori.crypto.PackageCrypto;
import mamori.crypto.SigningKeys;

/**
 * A tenant's package key: the Ed25519 pair that signs its packages' manifests and its releases,
 * kept in the key folder beside the logs' keys as {@code package.<tenant>} (owner-only files,
 * created the first time the tenant sends). Its public half is what a recipient registers, out of
 * band, as the sender's key: a manifest or release signed by any other key is refused.
 */
public final class PackageSigner {
  private final SigningKeys keys;
  private final Map<TenantId, KeyPair> pairs = new ConcurrentHashMap<>();

  public PackageSigner(SigningKeys keys) {
    this.keys = keys;
  }

  /** The tenant's pair, created on first use. */
  KeyPair pair(TenantId tenant) {
    return pairs.computeIfAbsent(
        tenant, t -> keys.loadOrCreate(name(t), SigningKeys.Algorithm.ED25519));
  }

  /** The raw 32 bytes of the tenant's public package key, to register at a recipient. */
  public byte[] publicKey(TenantId tenant) {
    return PackageCrypto.rawEd25519(pair(tenant).getPublic());
  }

  /** The tenant's public package key's fingerprint (SHA-256 of the raw key, hex). */
  public String fingerprint(TenantId tenant) {
    return PackageCrypto.fingerprint(publicKey(tenant));
  }

  /** Signs {@code message} (a format label and what it covers) with the tenant's key. */
  byte[] sign(TenantId tenant, byte[] message) {
    return PackageCrypto.sign(pair(tenant).getPrivate(), message);
  }

  private static String name(TenantId tenant) {
    return "package." + tenant.value();
  }
}
