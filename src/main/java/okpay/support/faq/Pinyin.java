package okpay.support.faq;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import okpay.support.resource.Resources;

/**
 * The toneless pinyin of Chinese characters (CJK Unified Ideographs, U+4E00 to U+9FFF), so that search can forgive the
 * most common Chinese typo: a character of the same sound picked from the input method's list (密马 for 密码, 体现
 * for 提现, 客福 for 客服). The table ({@code pinyin.bin}, about 42 KB) was generated from ICU's Han-Latin
 * transliteration, which gives each character its most common reading, and is read on first use only.
 */
final class Pinyin {
    static final String RESOURCE = "pinyin.bin";
    static final int FIRST = 0x4E00;
    static final int LAST = 0x9FFF;

    private Pinyin() {}

    /** The syllable of {@code c}, without tone ({@code ma}); null for a character outside the table. */
    static String of(char c) {
        if (c < FIRST || c > LAST) {
            return null;
        }
        Table table = Table.INSTANCE;
        int syllable = table.codes[c - FIRST];
        return syllable == 0 ? null : table.syllables[syllable - 1];
    }

    /** The syllables of {@code text} joined by spaces ({@code mi ma}); null if a character has none. */
    static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String syllable = of(text.charAt(i));
            if (syllable == null) {
                return null;
            }
            key.append(i == 0 ? "" : " ").append(syllable);
        }
        return key.toString();
    }

    /** The table, loaded when first needed (a holder class, so the load happens once and only for Chinese queries). */
    private static final class Table {
        static final Table INSTANCE = load();

        final String[] syllables;
        final short[] codes;

        Table(String[] syllables, short[] codes) {
            this.syllables = syllables;
            this.codes = codes;
        }

        private static Table load() {
            try {
                byte[] raw = Resources.read(Pinyin.class.getPackageName().replace('.', '/') + "/" + RESOURCE);
                if (raw == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(raw));
                String[] syllables = new String[in.readInt()];
                for (int i = 0; i < syllables.length; i++) {
                    syllables[i] = in.readUTF();
                }
                short[] codes = new short[LAST - FIRST + 1];
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = in.readShort();
                }
                return new Table(syllables, codes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
