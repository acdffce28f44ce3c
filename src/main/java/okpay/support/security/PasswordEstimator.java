package okpay.support.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import okpay.support.security.PasswordVerdict.Reason;
import okpay.support.security.SecurityChecks.PasswordPolicy;

/**
 * Estimates a password offline with nbvcxz (zxcvbn's matchers: common passwords, words, names, repeats,
 * sequences, keyboard walks, dates, look-alike substitutions) and holds it to the NIST SP 800-63B rules of
 * the knowledge base's policy. Context words (the service's, the user's email) go in as exclusion
 * dictionaries, so a password built on them is estimated as if they were free to guess.
 *
 * <p>nbvcxz reads about 1.5 MB of word lists when its {@code ConfigurationBuilder} class is first used; only
 * this class touches it, so only {@code --check-password} pays, and {@link #warmUp()} lets that happen on
 * another core while the questions are answered.
 */
public final class PasswordEstimator {
    static final String COMMON_PASSWORDS = "passwords";
    static final String SERVICE_WORDS = "okpay-service";
    static final String EMAIL_WORDS = "okpay-user-email";
    /** A pattern that makes up at least this share of the password decides what the password is. */
    private static final double MOSTLY = 0.5;
    /** One word or name has to make up this much of it to count as "just a word". */
    private static final double WORD_ONLY = 0.75;

    private final PasswordPolicy policy;
    private final Nbvcxz nbvcxz;

    /** An estimator under {@code policy}; {@code email} (null: none) adds the user's own words. */
    public PasswordEstimator(PasswordPolicy policy, String email) {
        this.policy = policy;
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(exclusion(SERVICE_WORDS, policy.contextWords()));
        if (email != null) {
            dictionaries.add(exclusion(EMAIL_WORDS, emailWords(email)));
        }
        this.nbvcxz = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
    }

    /**
     * Starts loading nbvcxz's word lists on a background thread, so that the estimate later finds them
     * ready (a later call finds them loaded and ends at once). A daemon thread: it never keeps the process
     * alive, and an early error exit just drops it.
     */
    public static void warmUp() {
        Thread loader = new Thread(ConfigurationBuilder::getDefaultDictionaries, "password-word-lists");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The verdict on {@code password}. The caller owns and clears the array; the String nbvcxz needs is
     * made here and dropped when this returns.
     */
    public PasswordVerdict estimate(char[] password, boolean secondFactor) {
        int length = Character.codePointCount(password, 0, password.length);
        Result result = nbvcxz.estimate(new String(password));
        int strength = result.getBasicScore();
        Set<Reason> fails = new LinkedHashSet<>();
        Set<Reason> warns = new LinkedHashSet<>();
        int minLength = secondFactor ? policy.minLengthWithSecondFactor() : policy.minLength();
        if (length < minLength) {
            fails.add(secondFactor ? Reason.TOO_SHORT_WITH_SECOND_FACTOR : Reason.TOO_SHORT);
        }
        classify(result.getMatches(), password.length, strength >= policy.passStrength(), fails, warns);
        if (strength < policy.warnStrength()) {
            fails.add(Reason.EASY_TO_GUESS);
        } else if (strength < policy.passStrength()) {
            warns.add(Reason.GUESSABLE);
        }
        List<Reason> reasons = new ArrayList<>(fails);
        reasons.addAll(warns);
        CheckStatus status = !fails.isEmpty() ? CheckStatus.FAIL : !warns.isEmpty() ? CheckStatus.WARN : CheckStatus.PASS;
        if (reasons.isEmpty()) {
            reasons.add(Reason.STRONG);
        }
        return new PasswordVerdict(status, strength, reasons, minLength);
    }

    /**
     * Names the patterns the password is mostly made of: a kind of pattern (repeats, sequences, keyboard walks,
     * dates) whose matches together cover at least half of it, one common password covering half of it, or one
     * word or name covering three quarters. Context words count wherever they appear.
     *
     * <p>"A common password" is one an attacker tries among the first: several common ones strung together (a
     * passphrase of five list words) are not, and neither is one an estimate of {@code strongEstimate} (at least the
     * policy's pass strength) rates hard to guess, so the reason and the strength shown never contradict each other.
     */
    private static void classify(List<Match> matches, int length, boolean strongEstimate, Set<Reason> fails, Set<Reason> warns) {
        Map<Reason, Integer> covered = new EnumMap<>(Reason.class);
        int longestCommon = 0;
        for (Match match : matches) {
            int chars = match.getToken().length();
            Reason kind = null;
            if (match instanceof DictionaryMatch word) {
                String dictionary = word.getDictionaryName();
                if (SERVICE_WORDS.equals(dictionary)) {
                    warns.add(Reason.SERVICE_WORD);
                } else if (EMAIL_WORDS.equals(dictionary)) {
                    warns.add(Reason.EMAIL_WORD);
                } else if (COMMON_PASSWORDS.equals(dictionary)) {
                    longestCommon = Math.max(longestCommon, chars);
                } else if (chars >= WORD_ONLY * length) {
                    fails.add(Reason.WORD);
                }
            } else {
                kind = match instanceof RepeatMatch ? Reason.REPEAT
                        : match instanceof SequenceMatch ? Reason.SEQUENCE
                        : match instanceof SpacialMatch ? Reason.KEYBOARD
                        : match instanceof DateMatch || match instanceof YearMatch ? Reason.DATE : null;
            }
            if (kind != null) {
                covered.merge(kind, chars, Integer::sum);
            }
        }
        if (!strongEstimate && longestCommon >= MOSTLY * length) {
            fails.add(Reason.COMMON);
        }
        for (Map.Entry<Reason, Integer> kind : covered.entrySet()) {
            if (kind.getValue() >= MOSTLY * length) {
                fails.add(kind.getKey());
            }
        }
    }

    /** The address, its local part, and the pieces of the local part (three characters or more). */
    static List<String> emailWords(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        words.add(lower);
        int at = lower.indexOf('@');
        String local = at > 0 ? lower.substring(0, at) : lower;
        words.add(local);
        for (String piece : local.split("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})")) {
            if (piece.codePointCount(0, piece.length()) >= 3) {
                words.add(piece);
            }
        }
        return List.copyOf(words);
    }

    private static Dictionary exclusion(String name, List<String> words) {
        DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(name).setExclusion(true);
        for (String word : words) {
            builder.addWord(word.toLowerCase(Locale.ROOT), 0);
        }
        return builder.createDictionary();
    }
}
