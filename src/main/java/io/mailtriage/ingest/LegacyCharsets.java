package io.mailtriage.ingest;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises text in a legacy Chinese, Japanese, Korean or Cyrillic charset among bytes that are
 * not UTF-8 and were labelled US-ASCII or UTF-8, or not labelled at all (clients that wrote their
 * local charset and called it ASCII). Each charset that decodes the bytes without error is scored
 * on how much of the text is what its language writes most: the common characters of Chinese in
 * GB18030 and Big5, the common Hangul syllables in Korean, kana in Japanese, lower-case letters in
 * Russian. Only a clear winner counts. Text that is none of these is one byte a letter: {@link
 * SingleByteCharsets} tells its charset (Thai, Turkish, Central European, Greek, Cyrillic, Hebrew,
 * Arabic); otherwise the caller's windows-1252 reading stands, so Latin text is never turned into
 * Chinese.
 */
final class LegacyCharsets {
  private LegacyCharsets() {}

  /**
   * Fewer letters outside ASCII than this say too little to choose a charset by, a Chinese,
   * Japanese or Korean character counting two (it takes two bytes, as two Cyrillic letters do): a
   * five-character Chinese request read in GB18030 had too few, and lost to its Russian reading.
   */
  static final int MIN_LETTERS = 8;

  /**
   * As many of the language's common letters as this are Chinese, Japanese, Korean or Russian text
   * however much ASCII is around them (a spam's English lines around its Chinese ones); Latin text
   * read in these charsets makes a stray one, never a run of them.
   */
  static final int MIN_TYPICAL_AMONG_ASCII = 20;

  /** The share of the letters the winner must explain. */
  private static final double MIN_SCORE = 0.3;

  /** Only the first bytes are scored: enough to tell, and bounded on a 10 MB record. */
  private static final int SAMPLE = 64 * 1024;

  /** Frequent Chinese characters, the simplified forms and those both scripts share. */
  private static final String CHINESE =
      "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
          + "里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从"
          + "想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头"
          + "文体政美相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立"
          + "及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做接"
          + "必场件计管期市直资命山金指许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思"
          + "王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞"
          + "风步改收根干造言联持组每济车亲极林服快办议往元证近失转夫令准布始怎呢存未远叫台单影具字爱击流备兵连"
          + "调深商算质团集百需价花华城石级整府离况请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
          + "八功吗包片史委乎查轻易早曾除农找装广显吧李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
          + "红响虽推势参希古众构房半节土投某案黑维划致律足态护七兴孩验责营星够章音跟志底站严例防族供效续施留讲"
          + "型料终答紧黄绝奇察母京段依批群项故按河米围江织害双境客纪采举父密低朝友诉止细愿千值仍男钱破网热助倒"
          + "育属坐限船脸职速刻乐否刚威毛状率甚独球般普怕校苦创假久错承印晚试股拿脑预谁益阳若哪微继送急血惊伤素"
          + "药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢获模充负云停木游树疑层冷冲略范竟句室异激村策演简卡"
          + "罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮胜降审坚善妈读啊超免压银买养执副乱抗犯追帮岁优怪香"
          + "田铁控税左右份穿背草脚概块顿敢守酒托户烈哥索款靠评版宝座释景顾弟登货互付慢换闻危忙核暗姐介坏讨良序"
          + "升监临亮露永呼味架域沙掉括鱼杂误减编肯测败屋跑梦散温困渐封救贵缺楼县毫移朋画班智耳恩短掌恐遗固席松"
          + "秘谢遇康虑幸均销钟票损忽旧端探录叶春乡附吸予礼港雨呀板庭妇归饭额含顺输招婚脱补谓督油疗旅材灭莫笔词"
          + "择寻厂睡博烟授诺岸卖载健堂旁借禁园抓荣逃顶玉镇雪午练迫篇肉嘴馆遍凡础卷牛宁纸训私庄丝翻森默握熟骨访"
          + "弱店软典欲伙盘爸扩盖弄稳忘亿拥替努延促街库套购透窗醒迎冰玩析刀床账户码帐号款项卡转账汇费退款贷";

  /** The traditional forms of the common characters whose simplified forms differ. */
  private static final String TRADITIONAL_ONLY =
      "這個們來為國說時會對發後過裡麼經學現當沒動還進樣實從開間問題與長機無關點兩業將應戰見條氣電數書區運"
          + "議請話隊組資總變師處種該員錢較聽東軍認覺報場寫網買車門風愛讓頭專傳務歡號親藝術萬劃參導選結產際標層"
          + "類幾價單歷陽陳誰廣極讀語體邊達愛謝幫們銀轉賬帳戶碼費貸辦嗎麼讓給難許設計統權證據費應雖氣樓錯買賣";

  /** Frequent Hangul syllables. */
  private static final String KOREAN =
      "이다는의에하고을가지한로기서사대나를도리수시있니어자아인정해전국일게들적보제라구주만부그습으장상과내것"
          + "여동우성안원세되비드면위했된무러치문소까오유요화마신데개경생미분공간방선계말모행물입식중연관조회음진"
          + "업학각통당단예강감저드리겠습니다카은행드립니까께서드림요청확인좀왜계좌번호결제금액송금이체잔고비밀번"
          + "호받았없어요네감사합";

  private record Candidate(Charset charset, Language language) {}

  private enum Language {
    SIMPLIFIED,
    TRADITIONAL,
    KOREAN,
    JAPANESE,
    RUSSIAN
  }

  private static final Set<Integer> SIMPLIFIED_SET = codePoints(CHINESE);

  private static final Set<Integer> TRADITIONAL_SET = traditional();

  private static final Set<Integer> KOREAN_SET = codePoints(KOREAN);

  private static final List<Candidate> CANDIDATES = candidates();

  /**
   * The text in the one legacy charset the bytes read clearly as, or null. {@code bytes} are not
   * valid UTF-8 (the caller checked).
   */
  static String guess(byte[] bytes) {
    byte[] sample = bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes;
    if (damagedUtf8(sample)) {
      return null;
    }
    Candidate best = null;
    double bestScore = 0;
    double secondScore = 0;
    for (Candidate c : CANDIDATES) {
      // A cut sample may end inside a character: score what decodes of a sample cut one byte on.
      String text = Charsets.strict(sample, c.charset);
      if (text == null && sample != bytes) {
        text = Charsets.strict(Arrays.copyOf(sample, sample.length - 1), c.charset);
      }
      double score = text == null ? 0 : score(text, c.language);
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = c;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    if (best != null
        && best.language != Language.RUSSIAN
        && bestScore >= MIN_SCORE
        && secondScore * 2 <= bestScore) {
      return sample == bytes
          ? Charsets.strict(bytes, best.charset)
          : new String(bytes, best.charset);
    }
    // Not Chinese, Japanese or Korean: one byte a letter. Cyrillic is scored here too, against the
    // other scripts its bytes could be (Thai read as Russian before), and the Russian score above
    // only keeps a short Chinese request from being read as Cyrillic.
    return SingleByteCharsets.guess(bytes, sample);
  }

  /**
   * Whether the bytes are UTF-8 with some damage (a binary file pasted in, a byte cut): more of
   * their characters outside ASCII decode as UTF-8 than fail to, which no legacy text does by
   * chance.
   */
  private static boolean damagedUtf8(byte[] bytes) {
    String lossy = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int valid = 0;
    int broken = 0;
    for (int i = 0; i < lossy.length(); i++) {
      char c = lossy.charAt(i);
      if (c == '\uFFFD') {
        broken++;
      } else if (c >= 0x80) {
        valid++;
      }
    }
    return valid > broken;
  }

  /**
   * The share of the text's letters outside ASCII that its language writes most, or 0 where there
   * are too few to tell.
   */
  private static double score(String text, Language language) {
    int letters = 0;
    int ascii = 0;
    int typical = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 || !Character.isLetter(cp)) {
        ascii += cp < 0x80 && Character.isLetter(cp) ? 1 : 0;
        continue;
      }
      letters++;
      typical +=
          switch (language) {
            case SIMPLIFIED -> SIMPLIFIED_SET.contains(cp) ? 1 : 0;
            case TRADITIONAL -> TRADITIONAL_SET.contains(cp) ? 1 : 0;
            case KOREAN -> KOREAN_SET.contains(cp) ? 1 : 0;
            case JAPANESE -> cp >= 0x3041 && cp <= 0x30FA ? 1 : 0;
            case RUSSIAN -> inWord(text, i - 1) ? 1 : 0;
          };
    }
    // Latin text read in another charset has a letter outside ASCII now and then; text of these
    // languages has them for most of its words (a Chinese character is as much as a word).
    int width = language == Language.RUSSIAN ? 1 : 2;
    if (letters * width < MIN_LETTERS || letters * 5 < ascii && typical < MIN_TYPICAL_AMONG_ASCII) {
      return 0;
    }
    return (double) typical / letters;
  }

  /**
   * Whether the character at {@code i} stands in a Russian word: three or more Cyrillic letters and
   * no other, lower case but for the first. A Latin word with a letter read in windows-1251 or
   * KOI8-R ("Drachenkцpfe", Turkish "aзэldэ"), a UTF-8 sequence ("в€®") or Thai bytes ("вХ╧") make
   * none.
   */
  private static boolean inWord(String text, int i) {
    int start = i;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int end = i + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end - start < 3) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      boolean lower = c >= 0x0430 && c <= 0x045F;
      boolean upper = c >= 0x0400 && c < 0x0430;
      if (!lower && !(upper && k == start)) {
        return false;
      }
    }
    return true;
  }

  /** The shared common characters Big5 can write, and the traditional forms. */
  private static Set<Integer> traditional() {
    Charset big5 = Charsets.lookup("Big5");
    Set<Integer> shared =
        CHINESE
            .codePoints()
            .filter(cp -> big5 == null || big5.newEncoder().canEncode(Character.toString(cp)))
            .boxed()
            .collect(Collectors.toSet());
    shared.addAll(codePoints(TRADITIONAL_ONLY));
    return Set.copyOf(shared);
  }

  private static Set<Integer> codePoints(String s) {
    return s.codePoints().boxed().collect(Collectors.toUnmodifiableSet());
  }

  /** The charsets tried, those the runtime lacks left out. */
  private static List<Candidate> candidates() {
    Object[][] names = {
      {"GB18030", Language.SIMPLIFIED},
      {"Big5-HKSCS", Language.TRADITIONAL},
      {"x-windows-949", Language.KOREAN},
      {"windows-31j", Language.JAPANESE},
      {"EUC-JP", Language.JAPANESE},
      {"windows-1251", Language.RUSSIAN},
      {"KOI8-R", Language.RUSSIAN},
    };
    return Arrays.stream(names)
        .filter(n -> Charsets.lookup((String) n[0]) != null)
        .map(n -> new Candidate(Charsets.lookup((String) n[0]), (Language) n[1]))
        .toList();
  }
}
