package io.mailtriage.keys;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant, per-version, per-purpose keys derived from the {@link KeyRing} with HKDF-SHA256, so
 * one master key serves every tenant while a key of one tenant or purpose reveals nothing about
 * another. Derived keys are cached; thread-safe.
 */
public final class TenantKeys {

  /** What a derived key is used for; part of the HKDF info so keys never serve two roles. */
  public enum Purpose {
    DETERMINISTIC(Crypto.KEY_BYTES),
    DETERMINISTIC_NONCE(Crypto.NONCE_BYTES),
    FPE(Crypto.KEY_BYTES),
    HASH(Crypto.KEY_BYTES),
    SUBJECT_ID(Crypto.KEY_BYTES),
    SUBJECT_WRAP(Crypto.KEY_BYTES),
    DEAD_LETTER(Crypto.KEY_BYTES);

    final int length;

    Purpose(int length) {
      this.length = length;
    }
  }

  private record CacheKey(int version, String tenant, Purpose purpose) {}

  private final KeyRing ring;
  private final ConcurrentHashMap<CacheKey, byte[]> cache = new ConcurrentHashMap<>();

  public TenantKeys(KeyRing ring) {
    this.ring = Objects.requireNonNull(ring, "ring");
  }

  public KeyRing ring() {
    return ring;
  }

  public int currentVersion() {
    return ring.currentVersion();
  }

  /**
   * The key for {@code purpose}: derived from the data subject's key when the token is bound to a
   * subject (so erasing that key shreds it), else the tenant's key of {@code version}.
   */
  public byte[] key(int version, String tenant, SubjectKey subject, Purpose purpose) {
    return subject != null ? subject.derive(purpose) : key(version, tenant, purpose);
  }

  /** The derived key; callers must not modify the returned array. */
  public byte[] key(int version, String tenant, Purpose purpose) {
    Objects.requireNonNull(tenant, "tenant");
    return cache.computeIfAbsent(
        new CacheKey(version, tenant, purpose),
        k -> Crypto.hkdf(ring.master(version), purpose.name() + "\u0000" + tenant, purpose.length));
  }

  @Override
  public String toString() {
    return "TenantKeys[" + ring + "]";
  }
}
