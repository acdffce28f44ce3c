package okpay.support.security;

import static org.junit.jupiter.api.Assertions.assertFalse;

import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason and strength the estimator can produce has its message in both languages. */
class SecurityMessagesTest {
    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyReasonAndStrengthHasAMessage(Lang lang) {
        Messages messages = Messages.of(SecurityMessagesTest.class, lang);
        for (PasswordVerdict.Reason reason : PasswordVerdict.Reason.values()) {
            assertFalse(messages.get("password.reason." + reason.id(), 15).isBlank(), reason.id());
        }
        for (int strength = 0; strength <= 4; strength++) {
            assertFalse(messages.get("strength." + strength).isBlank());
        }
        for (String status : new String[] {"pass", "warn", "fail"}) {
            assertFalse(messages.get("status." + status).isBlank());
        }
    }
}
