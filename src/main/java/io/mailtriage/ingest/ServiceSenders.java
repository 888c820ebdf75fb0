package io.mailtriage.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sender's address is a service's that sends other people's messages on: a voicemail
 * system's {@code no-reply@} mailing each caller's transcription, a phone system's {@code
 * pbx-voicemail@}, a tool's {@code notifications@}. A person wrote what it carries (it is no
 * machine mail of {@link AutoSubmitted}: the request is read and routed), but one address speaks
 * for many people, so its mails are not one customer writing again: a burst of voicemails in an
 * hour would otherwise escalate as a repeat sender and page the desk for callers who rang once.
 *
 * <p>Read from the address's local part alone, by the words such services name their sending
 * addresses with; a person's address ("noreen.reply@") holds none of them as a whole word.
 */
public final class ServiceSenders {
  private ServiceSenders() {}

  /** Words of a local part, its separators taken off, that name a sending service. */
  private static final Set<String> WORDS =
      Set.of("noreply", "donotreply", "voicemail", "notification", "notifications");

  /** Whether the address (or null) is a service's sending address. */
  public static boolean isService(String address) {
    if (address == null || address.indexOf('@') <= 0) {
      return false;
    }
    String local = address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
    List<String> words = List.of(local.split("[._+\\-]+"));
    // "no-reply" and "do-not-reply" are one word written in parts: each run of words is tried.
    for (int from = 0; from < words.size(); from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < Math.min(words.size(), from + 3); to++) {
        run.append(words.get(to));
        if (WORDS.contains(run.toString())) {
          return true;
        }
      }
    }
    return false;
  }
}
