package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectKeysTest {

  private final TenantKeys keys = new TenantKeys(TestKeys.ring(1));
  private final SubjectKeys subjects = new SubjectKeys(keys);

  @Test
  void subjectIdIsStableAcrossSpellingsOfTheSameAddressOrNumber() {
    String a = subjects.subjectId("acme", PiiType.EMAIL, " Jane.Doe@Example.COM", "US");
    assertThat(subjects.subjectId("acme", PiiType.EMAIL, "jane.doe@example.com", "US"))
        .isEqualTo(a);
    assertThat(subjects.subjectId("globex", PiiType.EMAIL, "jane.doe@example.com", "US"))
        .isNotEqualTo(a);
    String p = subjects.subjectId("acme", PiiType.PHONE, "(415) 692-4173", "US");
    assertThat(subjects.subjectId("acme", PiiType.PHONE, "+1 415 692 4173", "GB")).isEqualTo(p);
    assertThat(subjects.subjectId("acme", PiiType.IBAN, "DE89370400440532013000", "US")).isNull();
  }

  @Test
  void wrapsAndUnwrapsDataKeysBoundToTenantAndSubject() {
    SubjectKey key = subjects.newSubjectKey("sid-1");
    byte[] wrapped = subjects.wrap("acme", key);
    assertThat(subjects.unwrap("acme", "sid-1", wrapped)).isEqualTo(key);
    assertThat(SubjectKeys.wrappedVersion(wrapped)).isEqualTo(1);
    assertThatThrownBy(() -> subjects.unwrap("globex", "sid-1", wrapped))
        .isInstanceOf(KeyMaterialException.class);
    assertThatThrownBy(() -> subjects.unwrap("acme", "sid-2", wrapped))
        .isInstanceOf(KeyMaterialException.class);
  }

  @Test
  void deletingTheSubjectKeyMakesItsTokensUnrecoverable() {
    String text = "From jane@example.com, card 4111 1111 1111 1111";
    List<Finding> found = new PiiDetector().detect(text, DetectionHints.region("US"));
    String sid = subjects.subjectId("acme", PiiType.EMAIL, "jane@example.com", "US");
    Map<String, byte[]> state = new HashMap<>();
    SubjectKey key = subjects.newSubjectKey(sid);
    state.put(sid, subjects.wrap("acme", key));

    TokenizedText out =
        new Tokenizer(keys, TokenPolicy.defaults())
            .tokenize(text, found, "acme", SubjectKeyLookup.all(key));
    assertThat(out.tokenized()).contains(":sdet:" + sid + ".").contains(":sfpe4:" + sid + ".");

    Reidentifier r = new Reidentifier(keys);
    java.util.function.Function<String, byte[]> fromState =
        id -> state.containsKey(id) ? subjects.unwrap("acme", id, state.get(id)).dataKey() : null;
    assertThat(r.reidentify(out.tokenized(), "acme", fromState)).isEqualTo(text);

    state.remove(sid);
    assertThat(r.reidentify(out.tokenized(), "acme", fromState)).isEqualTo(out.tokenized());
  }

  @Test
  void subjectKeyNeverPrintsItsBytes() {
    assertThat(subjects.newSubjectKey("abc").toString()).isEqualTo("SubjectKey[abc]");
  }
}
