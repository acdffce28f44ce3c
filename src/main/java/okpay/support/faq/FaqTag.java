package okpay.support.faq;

import okpay.support.kb.Text;

/** A tag of FAQ entries ({@code password}) with its name in both languages ({@code 密码}, {@code Passwords}). */
public record FaqTag(String id, Text name) {}
