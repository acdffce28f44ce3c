package okpay.support.security;

import java.util.List;

/**
 * A line of {@code security-check --list-checks}: what a check asks and what it accepts.
 *
 * @param type    {@code yes_no}, {@code choice}, {@code number} or {@code password}
 * @param choices the accepted values of a choice check, else null (the same shape as {@code diagnose describe})
 * @param options the accepted values of a choice check with their labels, else null
 * @param min     the lowest accepted number of a number check, else null
 * @param max     the highest accepted number of a number check, else null
 */
public record CheckListResult(String id, String type, String name, String prompt, List<String> choices, List<ChoiceInfo> options, Number min, Number max,
        String severity, Number weight) {

    /** One accepted value of a choice check, with its label. */
    public record ChoiceInfo(String value, String label) {}
}
