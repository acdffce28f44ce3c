package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okpay.support.contact.redact.RedactionNote.Secret;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random texts (from a fixed seed, so every run is the same) mixing valid card numbers, one-time codes,
 * ordinary ticket content and filler in both languages: no card or code may survive, everything else must.
 */
class RedactorGeneratedTest {
    private static final int SAMPLES = 400;

    private static final String[] FILLER = {
        "I tried to pay the merchant twice.", "The app showed an error.", "Please help me.",
        "付款一直失败。", "请帮我看看。", "我已经重启了手机。", "It happened again this morning.",
    };
    /** Ticket content the redactor must leave alone; each ends a sentence. */
    private static final String[] KEEP = {
        "Transaction TX-20261125-0042 failed.", "I paid 100.00 USD.", "It was 2026-11-25 14:03 UTC+8.",
        "The app said error code 1004.", "金额 1,000.50 元。", "订单号 TX-20261201-7731。",
    };
    private static final String[] CARD_SENTENCES = {
        "My card is %s.", "卡号%s。", "Card number: %s.", "I paid with %s yesterday.", "%s was charged twice.",
        "银行卡 %s 被拒。",
    };
    /** Sentences that name the card: a 13- or 14-digit number is a card only with such a word (ids are often that long). */
    private static final String[] NAMED_CARD_SENTENCES = {"My card is %s.", "卡号%s。", "Card number: %s.", "银行卡 %s 被拒。"};
    private static final String[] CODE_SENTENCES = {
        "My verification code is %s.", "%s is your OKPay code.", "验证码是%s。", "短信验证码：%s，请勿泄露。",
        "OTP %s.", "2FA code: %s.", "The SMS code I got was %s.", "您的动态码为%s。",
    };
    private static final String[] PREFIXES = {"4", "51", "52", "53", "54", "55", "2221", "34", "37", "62", "6011", "35"};

    @TestFactory
    Stream<DynamicTest> cardsAndCodesNeverSurvive() {
        Random random = new Random(42);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            Sample sample = sample(random);
            tests.add(DynamicTest.dynamicTest("sample " + i + ": " + sample.text, () -> check(sample)));
        }
        return tests.stream();
    }

    private record Sample(String text, List<String> cards, List<String> codes, List<String> kept) {
    }

    private static void check(Sample sample) {
        Redaction redaction = new Redactor().redact(sample.text());
        String out = redaction.text();
        String outDigits = out.replaceAll("[ -]", "");
        for (String card : sample.cards()) {
            String digits = card.replaceAll("[ -]", "");
            assertFalse(out.contains(card), () -> "card " + card + " survived in: " + out);
            assertFalse(outDigits.contains(digits), () -> "card digits " + digits + " survived in: " + out);
            assertTrue(out.contains(CardNumbers.masked(card)), () -> "card " + card + " not masked in: " + out);
        }
        for (String code : sample.codes()) {
            assertFalse(out.contains(code), () -> "code " + code + " survived in: " + out);
        }
        for (String kept : sample.kept()) {
            assertTrue(out.contains(kept), () -> "\"" + kept + "\" was changed in: " + out);
        }
        assertEquals(sample.cards().size(), redaction.count(RedactionNote.Secret.CARD_MASKED), out);
        assertEquals(sample.codes().size(), redaction.count(RedactionNote.Secret.ONE_TIME_CODE_REMOVED), out);
        if (redaction.changed()) {
            assertTrue(Redactor.mayHoldSecrets(sample.text()), () -> "the quick check would skip: " + sample.text());
        }
        for (Redactor.ValueKind kind : Redactor.ValueKind.values()) {
            for (Redactor redactor : List.of(new Redactor(), new Redactor(okpay.support.i18n.Lang.ZH))) {
                assertEquals(redactor.redact(sample.text(), kind).text(), redactor.redactedText(sample.text(), kind), kind.name());
                for (String kept : sample.kept()) {
                    // a value without a secret, the quick way and the patterns' way alike
                    assertEquals(redactor.redact(kept, kind).text(), redactor.redactedText(kept, kind), kept);
                }
            }
        }
    }

    private static Sample sample(Random random) {
        List<String> cards = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        IntStream.range(0, 1 + random.nextInt(3)).forEach(n -> {
            String card = formatted(card(random), random);
            cards.add(card);
            boolean shortCard = card.replaceAll("[ -]", "").length() < 15;
            sentences.add(String.format(pick(shortCard ? NAMED_CARD_SENTENCES : CARD_SENTENCES, random), card));
        });
        IntStream.range(0, 1 + random.nextInt(3)).forEach(n -> {
            String keep = pick(KEEP, random);
            kept.add(keep);
            sentences.add(keep);
        });
        IntStream.range(0, random.nextInt(3)).forEach(n -> sentences.add(pick(FILLER, random)));
        int codeCount = 1 + random.nextInt(2);
        while (codes.size() < codeCount) {
            String code = code(random);
            // A code that also occurs in kept text or a card could not be told apart in the output.
            if (String.join(" ", sentences).contains(code) || codes.contains(code)) {
                continue;
            }
            codes.add(code);
            sentences.add(String.format(pick(CODE_SENTENCES, random), code));
        }
        Collections.shuffle(sentences, random);
        return new Sample(String.join(random.nextBoolean() ? " " : "\n", sentences), cards, codes, kept);
    }

    /** A random card number of a plausible network and length, with a valid Luhn check digit. */
    private static String card(Random random) {
        String prefix = pick(PREFIXES, random);
        int length = switch (prefix) {
            case "34", "37" -> 15;
            case "62" -> 16 + random.nextInt(4);
            case "4" -> random.nextInt(10) == 0 ? 13 : 16;
            default -> 16;
        };
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            if (CardNumbers.luhn(digits.toString() + check)) {
                return digits.append(check).toString();
            }
        }
        throw new AssertionError("no check digit for " + digits);
    }

    /** The card as people write it: contiguous, or in groups of four joined by spaces or dashes. */
    private static String formatted(String card, Random random) {
        int style = random.nextInt(3);
        if (style == 0) {
            return card;
        }
        String separator = style == 1 ? " " : "-";
        if (card.length() == 15) {
            return card.substring(0, 4) + separator + card.substring(4, 10) + separator + card.substring(10);
        }
        return String.join(separator, card.split("(?<=\\G.{4})"));
    }

    /** A 4-8 digit code, sometimes a 6-digit one written "123 456". */
    private static String code(Random random) {
        int length = 4 + random.nextInt(5);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(random.nextInt(10));
        }
        if (length == 6 && random.nextBoolean()) {
            code.insert(3, ' ');
        }
        return code.toString();
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
