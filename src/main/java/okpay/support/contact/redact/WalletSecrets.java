package okpay.support.contact.redact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.resource.Resources;

/**
 * The wallet secrets the {@link Redactor} recognises without a label: private keys written in hex ({@code 0x} and 64
 * hex digits, or 64 bare), extended private keys ({@code xprv}, {@code tprv}, {@code yprv}, {@code zprv}...), and seed
 * phrases of 12 or more words of the BIP-39 English word list. A hex string right after a transaction label ("tx hash")
 * is that hash, which looks the same, and is kept.
 */
final class WalletSecrets {
    /** The fewest words a seed phrase has (BIP-39: 12, 15, 18, 21 or 24). */
    static final int SEED_WORDS = 12;

    private WalletSecrets() {
    }

    /**
     * The patterns, compiled on first use: {@link #mayHoldPhrase} runs on every text the redactor is asked about (and
     * {@code ask} asks on every run), and a cold JVM's first regular expression costs milliseconds.
     */
    private static final class Patterns {
        static final Pattern HEX_KEY = Pattern.compile("(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])");
        /** Base58 after a private version prefix; 20 characters are already far more than a word or an id has. */
        static final Pattern EXTENDED_KEY = Pattern.compile(
                "(?<![0-9A-Za-z])[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{20,}(?![0-9A-Za-z])");
        /** A word as a seed phrase writes it: lowercase letters, the first maybe a capital. */
        static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z][a-z]*+(?![\\p{L}\\d])");
    }

    /** Private keys, hex and extended, replaced by {@link Redactor#REMOVED}; hex after a transaction label kept. */
    static Replaced keys(String text) {
        Replaced hex = replace(Patterns.HEX_KEY, text, true);
        Replaced extended = replace(Patterns.EXTENDED_KEY, hex.text(), false);
        return new Replaced(extended.text(), hex.count() + extended.count());
    }

    private static Replaced replace(Pattern pattern, String text, boolean hashesKept) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        while (m.find()) {
            if (hashesKept && Facts.identifier(text, m.start())) {
                continue;
            }
            out.append(text, last, m.start()).append(Redactor.REMOVED);
            last = m.end();
            count++;
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    /**
     * Runs of at least {@value #SEED_WORDS} BIP-39 words (lowercase, or with a capital first letter; between them
     * spaces, line breaks, commas or list numbers such as "1." or "2)") replaced by {@link Redactor#REMOVED}. Twelve
     * words in a row from the list are not prose: it lacks "the", "a", "is", "to", "my" and every word under 3 letters.
     */
    static Replaced seedPhrases(String text) {
        if (!mayHoldPhrase(text)) {
            return new Replaced(text, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        int runEnd = -1;
        List<Integer> starts = new ArrayList<>();
        Matcher word = Patterns.WORD.matcher(text);
        while (true) {
            boolean found = word.find();
            boolean joins = found && isSeedWord(word.group()) && !starts.isEmpty()
                    && LabelledSecrets.skipSeparators(text, runEnd) == word.start();
            if (!joins) {
                if (starts.size() >= SEED_WORDS) {
                    // A phrase has 12, 15, 18, 21 or 24 words: list words before them ("ask", "please help") stay.
                    int length = starts.size() > 24 ? starts.size() : starts.size() - starts.size() % 3;
                    out.append(text, last, starts.get(starts.size() - length)).append(Redactor.REMOVED);
                    last = runEnd;
                    count++;
                }
                starts.clear();
                if (found && isSeedWord(word.group())) {
                    starts.add(word.start());
                }
            } else {
                starts.add(word.start());
            }
            if (!found) {
                break;
            }
            runEnd = word.end();
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    private static boolean isSeedWord(String word) {
        return word.length() >= 3 && word.length() <= 8 && Bip39.WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether {@code text} has a run of {@value #SEED_WORDS} words of 3-8 letters with nothing but spaces, commas or list
     * numbers between them, before the word list is read: prose breaks such runs with "a", "I", "is", "to" and long words.
     */
    static boolean mayHoldPhrase(String text) {
        int words = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters++;
                continue;
            }
            if (letters > 0) {
                words = letters >= 3 && letters <= 8 ? words + 1 : 0;
                letters = 0;
                if (words >= SEED_WORDS) {
                    return true;
                }
            }
            if (!(Character.isWhitespace(c) || c == ',' || c == '，' || c == '、' || c >= '0' && c <= '9' || c == '.' || c == ')')) {
                words = 0;
            }
        }
        return false;
    }

    /** The BIP-39 English word list, read on first use only: most texts have no twelve words to check. */
    private static final class Bip39 {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            byte[] bytes;
            try {
                bytes = Resources.read("okpay/support/contact/redact/bip39-english.txt");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the BIP-39 word list", e);
            }
            if (bytes == null) {
                throw new IllegalStateException("the BIP-39 word list is missing from the jar");
            }
            Set<String> words = new HashSet<>(4096);
            for (String word : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
            return Set.copyOf(words);
        }
    }
}
