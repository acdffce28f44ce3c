package okpay.support.contact.redact;

import java.util.regex.Pattern;

/**
 * The labelled facts a ticket needs and the {@link Redactor} keeps: a number right after a label that says what it is
 * (a transaction, order or reference id, a phone number, an error, an amount charged, the sender of a text message) is
 * that fact, not a card number or a one-time code. Only the label right before the number counts, so "the verification
 * code for order 1234 is 567890" keeps the order number and still removes the code.
 */
final class Facts {
    /** What may stand between a label and its number: "no.", "ID", "#", ":", "is"... */
    private static final String NUMBERED = "(?:\\s*(?:id|no\\.?|nr\\.?|number|num|#|号码|编号|号|码))?";
    private static final String JOINED = "\\s*(?:(?:is|was|was:|:|：|#|=|-)\\s*)?";

    /** Ids: transactions, orders, references, tickets, accounts (also tx hashes, which look like private keys). */
    private static final String ID = "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:transaction|trans|tx|txn|txid|tx\\s+hash|hash|trade|order|reference|ref"
            + "|invoice|receipt|ticket|case|tracking|booking|account|acct|merchant|serial)(?![\\p{IsLatin}\\p{IsCyrillic}])"
            + "|交易|订单|流水|参考|单号|工单|账号|账户|商户|哈希)" + NUMBERED;

    /** Phones and hotlines, with an optional country code ("call +86 ..."). */
    private static final String PHONE = "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:phone|tel|telephone|mobile|cell|call(?:ed)?|hotline|fax|whatsapp|dial"
            + "|téléphone|telefon|teléfono|telefone)(?![\\p{IsLatin}\\p{IsCyrillic}])|电话|手机|热线|拨打|致电|来电)" + NUMBERED;

    /** Errors and statuses: "Error 500123", "错误 402110", "HTTP 503". */
    private static final String ERROR = "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:error|err|errno|status|http|fault|exception|decline[ds]?|reason"
            + "|response|result|fehler|erreur|código\\s+de\\s+error)(?![\\p{IsLatin}\\p{IsCyrillic}])(?:\\s+codes?)?|错误|报错|错误码|错误代码|状态码)" + NUMBERED;

    /** Amounts: "charged 4111 twice", "paid $1200", "扣了 4111". */
    private static final String MONEY = "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:charged|charge|paid|pay|paying|transferred|transfer"
            + "|refunded|refund|debited|deducted|withdrew|withdrawn|withdraw|deposited|deposit|spent|spend|cost|costs|price"
            + "|amount|total|balance|fee|fees|owe|owed|billed|bill|topped\\s+up|top\\s+up|lost)(?![\\p{IsLatin}\\p{IsCyrillic}])"
            + "(?:\\s+(?:me|us|him|her|them|about|around|only|just|of|for|again|twice|another|over|nearly|almost))?"
            + "|扣款|扣了|扣费|付了|支付了|付款|转了|转账|金额|余额|充值|提现|收费|花了|退款|到账)"
            + "\\s*(?:[:：]\\s*)?(?:[$€£¥￥]|USD|CNY|RMB|EUR|GBP|HKD|SGD|JPY)?";

    /** The sender of a text message: "SMS from 106575", "短信来自 95555". */
    private static final String SENDER = "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:from|sender|sent\\s+by|short\\s+code|shortcode)(?![\\p{IsLatin}\\p{IsCyrillic}])"
            + "|来自|发件人|发送方|发送号码|短信号码|短号|号码)" + NUMBERED;

    /** Standards and versions: "ISO 4217", "RFC 5322", "version 5210". */
    private static final String NAMED = "(?:(?<![\\p{IsLatin}])(?:iso|rfc|ieee|ansi|din|gb|version|ver\\.?|build|model|android|ios)"
            + "(?![\\p{IsLatin}])|版本)";

    private static final Pattern ANY = Pattern.compile(
            "(?:" + ID + "|" + PHONE + "|" + ERROR + "|" + MONEY + "|" + SENDER + "|" + NAMED + ")" + JOINED + "[(\\[]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Card numbers are kept after an id or a phone label only: "charged 4111 1111 1111 1111" is still a card. */
    private static final Pattern ID_OR_PHONE = Pattern.compile(
            "(?:" + ID + "|" + PHONE + ")" + JOINED + "[(\\[]?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far back a label is looked for: a label and its joiners are never longer. */
    private static final int LOOK_BACK = 48;

    private Facts() {
    }

    /** Whether the number at {@code start} follows a fact label (id, phone, error, amount, sender). */
    static boolean labelled(String text, int start) {
        return ANY.matcher(before(text, start)).find();
    }

    /** Whether the number at {@code start} follows an id or phone label. */
    static boolean identifier(String text, int start) {
        return ID_OR_PHONE.matcher(before(text, start)).find();
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - LOOK_BACK), start);
    }
}
