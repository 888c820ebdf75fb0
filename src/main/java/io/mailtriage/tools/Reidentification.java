package io.mailtriage.tools;

import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.token.ParsedToken;
import io.mailtriage.pii.token.Reidentifier;
import io.mailtriage.pii.token.SubjectKeys;
import io.mailtriage.pii.token.TokenParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns tokens back into the values they replaced, for an authorised person holding the master
 * keys. Subject-bound tokens also need the subject's data key, which the job publishes wrapped on
 * the compacted {@code pii.subject-keys} topic: the latest record per {@code tenant|subject} is the
 * key, and a tombstone means the subject was erased — from then on their tokens stay tokens.
 */
public final class Reidentification {
  /**
   * The subject-key topic as last written: wrapped key per {@code tenant|subject}, null once
   * erased.
   */
  private final Map<String, byte[]> wrappedKeys;

  private final SubjectKeys subjectKeys;
  private final Reidentifier reidentifier;

  public Reidentification(KeyRing ring, Map<String, byte[]> wrappedKeys) {
    TenantKeys tenantKeys = new TenantKeys(ring);
    this.wrappedKeys = wrappedKeys;
    this.subjectKeys = new SubjectKeys(tenantKeys);
    this.reidentifier = new Reidentifier(tenantKeys);
  }

  /** The text with every token it could reverse replaced, and why each other token was refused. */
  public record Result(String text, List<String> refusals) {}

  public Result reveal(String tenant, String text) {
    List<String> refusals = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (ParsedToken token : TokenParser.find(text)) {
      out.append(text, pos, token.start());
      String original = text.substring(token.start(), token.end());
      Optional<String> value = Optional.empty();
      if (!token.mode().reversible()) {
        refusals.add(token.type() + " token is irreversible (" + token.mode().code() + ")");
      } else if (token.subjectBound()
          && !wrappedKeys.containsKey(tenant + "|" + token.subjectId())) {
        refusals.add("no key published for subject " + token.subjectId() + " of tenant " + tenant);
      } else if (token.subjectBound()
          && wrappedKeys.get(tenant + "|" + token.subjectId()) == null) {
        refusals.add(
            "subject " + token.subjectId() + " was erased: its tokens cannot be re-identified");
      } else {
        try {
          value = reidentifier.reveal(token, tenant, sid -> dataKey(tenant, sid));
        } catch (KeyMaterialException e) {
          refusals.add(token.type() + " token: " + e.getMessage());
        }
      }
      out.append(value.orElse(original));
      pos = token.end();
    }
    out.append(text.substring(pos));
    return new Result(out.toString(), refusals);
  }

  private byte[] dataKey(String tenant, String subjectId) {
    byte[] wrapped = wrappedKeys.get(tenant + "|" + subjectId);
    return wrapped == null ? null : subjectKeys.unwrap(tenant, subjectId, wrapped).dataKey();
  }

  /**
   * Reads the whole subject-key topic (read_committed) and keeps the latest value per key, as
   * compaction eventually will; a tombstone maps to null.
   */
  public static Map<String, byte[]> readSubjectKeys(
      Map<String, Object> consumerConfig, String topic, Duration timeout) {
    Map<String, byte[]> latest = new HashMap<>();
    TopicReader.readAll(
        consumerConfig,
        topic,
        timeout,
        r -> {
          String key = new String(r.key(), StandardCharsets.UTF_8);
          latest.put(key, r.value() == null ? null : wrappedKeyOf(r.value()));
        });
    return latest;
  }

  /** The base64 {@code wrappedKey} field of a subject-key record. */
  private static byte[] wrappedKeyOf(byte[] json) {
    try {
      String b64 =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(json)
              .path("wrappedKey")
              .asText(null);
      return b64 == null ? null : Base64.getDecoder().decode(b64);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable record on the subject-key topic", e);
    }
  }
}
