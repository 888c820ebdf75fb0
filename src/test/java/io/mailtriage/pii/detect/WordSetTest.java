package io.mailtriage.pii.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordSetTest {

  private final WordSet set = WordSet.of("dear", "hi", "best regards", "grüße", "hi");

  @Test
  void findsAWordInsideALongerTextByItsRange() {
    char[] text = "oh hi there, best regards".toCharArray();
    assertTrue(set.contains(text, 3, 5));
    assertTrue(set.contains(text, 13, 25));
  }

  @Test
  void aRangeMatchesOnlyAWholeWordNotAPrefixOrALongerWord() {
    char[] text = "dearest hit h".toCharArray();
    assertFalse(set.contains(text, 0, 7));
    assertFalse(set.contains(text, 0, 3));
    assertFalse(set.contains(text, 8, 11));
    assertFalse(set.contains(text, 12, 13));
    assertFalse(set.contains(text, 5, 5));
  }

  @Test
  void answersForStringsAndNonAsciiWordsAlike() {
    assertTrue(set.contains("grüße"));
    assertTrue(set.contains("dear"));
    assertFalse(set.contains("Dear"));
    assertFalse(set.contains(""));
  }

  @Test
  void holdsEveryWordOfALargeSet() {
    String[] words = new String[500];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + i;
    }
    WordSet large = WordSet.of(words);
    for (String w : words) {
      assertTrue(large.contains(w), w);
    }
    assertFalse(large.contains("w500"));
  }
}
