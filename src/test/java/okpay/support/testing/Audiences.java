package okpay.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okpay.support.i18n.Lang;
import okpay.support.kb.AgentText;
import okpay.support.kb.Text;

/**
 * The audience rules tests share: what counts as speaking about the customer in the third person, and the strings of an
 * {@code agent:} block, which no customer output may contain.
 */
public final class Audiences {
    /**
     * "customer(s)" and "cardholder" in English, except "customer service" and "customer support" (the name of a team a
     * customer may call): customer text says "you". In Chinese 客户 (客服, customer service, is another word) and 持卡人.
     */
    private static final Pattern THIRD_PERSON_EN = Pattern.compile("(?i)\\b(customers?|cardholders?)\\b(?! (service|support))");
    private static final Pattern THIRD_PERSON_ZH = Pattern.compile("客户|持卡人");

    private Audiences() {}

    /** The phrase of {@code text} (either language) that speaks about the customer in the third person, or null. */
    public static String thirdPerson(Text text) {
        java.util.regex.Matcher en = THIRD_PERSON_EN.matcher(text.en());
        if (en.find()) {
            return en.group();
        }
        java.util.regex.Matcher zh = THIRD_PERSON_ZH.matcher(text.zh());
        return zh.find() ? zh.group() : null;
    }

    /** Every string of {@code agent} in {@code lang}; none when there is no agent text. */
    public static List<String> strings(AgentText agent, Lang lang) {
        List<String> out = new ArrayList<>();
        if (agent == null) {
            return out;
        }
        for (Text text : new Text[] {agent.reason(), agent.tell(), agent.escalate()}) {
            if (text != null) {
                out.add(text.get(lang));
            }
        }
        agent.notes().forEach(note -> out.add(note.get(lang)));
        return out;
    }
}
