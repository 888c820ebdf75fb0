package io.mailtriage.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned master keys k1..kN. New tokens use the newest version; tokens carry their version
 * ({@code ⟦TYPE:k2:…⟧}) so older ones still re-identify after a rotation. Immutable and
 * thread-safe; {@link #toString()} never shows key bytes.
 *
 * <p>Sources: a PKCS#12 keystore whose secret-key entries are named {@code k1}, {@code k2}, … (or
 * {@code pii-k1}, …), or an environment variable holding either one base64 key (version 1) or
 * {@code k1:BASE64,k2:BASE64}.
 */
public final class KeyRing {

  private static final Pattern ALIAS =
      Pattern.compile("(?:pii-)?k(\\d{1,6})", Pattern.CASE_INSENSITIVE);
  private static final int MIN_KEY_BYTES = 16;

  private final TreeMap<Integer, byte[]> keys;

  private KeyRing(TreeMap<Integer, byte[]> keys) {
    if (keys.isEmpty()) {
      throw new KeyMaterialException("key ring is empty");
    }
    this.keys = keys;
  }

  /** Copies the given versions; every key must have at least 16 bytes. */
  public static KeyRing of(Map<Integer, byte[]> versions) {
    TreeMap<Integer, byte[]> copy = new TreeMap<>();
    versions.forEach(
        (version, key) -> {
          if (version == null || version < 1) {
            throw new KeyMaterialException("key versions start at k1");
          }
          if (key == null || key.length < MIN_KEY_BYTES) {
            throw new KeyMaterialException(
                "key k" + version + " is shorter than " + MIN_KEY_BYTES + " bytes");
          }
          copy.put(version, key.clone());
        });
    return new KeyRing(copy);
  }

  public static KeyRing fromKeystore(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    if (password == null) {
      throw new KeyMaterialException("no password given for keystore " + file);
    }
    KeyStore store;
    try (InputStream in = Files.newInputStream(file)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (NoSuchFileException e) {
      throw new KeyMaterialException("keystore file not found: " + file);
    } catch (IOException e) {
      throw new KeyMaterialException(
          "cannot open keystore " + file + ": wrong password or corrupted file", e);
    } catch (GeneralSecurityException e) {
      throw new KeyMaterialException("cannot read keystore " + file, e);
    }
    TreeMap<Integer, byte[]> found = new TreeMap<>();
    try {
      Enumeration<String> aliases = store.aliases();
      for (String alias : Collections.list(aliases)) {
        Matcher m = ALIAS.matcher(alias);
        if (!m.matches() || !store.isKeyEntry(alias)) {
          continue;
        }
        Key key = store.getKey(alias, password);
        byte[] bytes = key == null ? null : key.getEncoded();
        if (bytes == null || bytes.length < MIN_KEY_BYTES) {
          throw new KeyMaterialException(
              "keystore " + file + " entry " + alias + " is not a usable secret key");
        }
        found.put(Integer.parseInt(m.group(1)), bytes);
      }
    } catch (GeneralSecurityException e) {
      throw new KeyMaterialException("cannot read key entries of keystore " + file, e);
    }
    if (found.isEmpty()) {
      throw new KeyMaterialException(
          "keystore " + file + " has no secret key entries named k1, k2, …");
    }
    return new KeyRing(found);
  }

  public static KeyRing fromEnvironment(String variable) {
    return fromEnvironment(variable, System::getenv);
  }

  /** As {@link #fromEnvironment(String)}, reading variables through {@code env} (for tests). */
  public static KeyRing fromEnvironment(String variable, UnaryOperator<String> env) {
    String value = env.apply(variable);
    if (value == null || value.isBlank()) {
      throw new KeyMaterialException("environment variable " + variable + " is not set");
    }
    TreeMap<Integer, byte[]> found = new TreeMap<>();
    try {
      if (value.indexOf(':') < 0) {
        found.put(1, Base64.getDecoder().decode(value.trim()));
      } else {
        for (String part : value.split(",")) {
          String p = part.trim();
          int colon = p.indexOf(':');
          Matcher m = ALIAS.matcher(colon < 0 ? "" : p.substring(0, colon));
          if (!m.matches()) {
            throw new KeyMaterialException(
                "environment variable " + variable + " must hold BASE64 or k1:BASE64,k2:BASE64");
          }
          found.put(
              Integer.parseInt(m.group(1)), Base64.getDecoder().decode(p.substring(colon + 1)));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new KeyMaterialException("environment variable " + variable + " is not valid base64");
    }
    for (Map.Entry<Integer, byte[]> e : found.entrySet()) {
      if (e.getValue().length < MIN_KEY_BYTES) {
        throw new KeyMaterialException(
            "environment variable "
                + variable
                + ": key k"
                + e.getKey()
                + " is shorter than "
                + MIN_KEY_BYTES
                + " bytes");
      }
    }
    return new KeyRing(found);
  }

  public int currentVersion() {
    return keys.lastKey();
  }

  public NavigableSet<Integer> versions() {
    return Collections.unmodifiableNavigableSet(keys.navigableKeySet());
  }

  public boolean has(int version) {
    return keys.containsKey(version);
  }

  /** The master key of {@code version}; callers derive sub-keys and never keep or log it. */
  byte[] master(int version) {
    byte[] key = keys.get(version);
    if (key == null) {
      throw new KeyMaterialException("key version k" + version + " is not in the key ring");
    }
    return key;
  }

  @Override
  public String toString() {
    return "KeyRing" + keys.keySet().stream().map(v -> "k" + v).toList();
  }
}
