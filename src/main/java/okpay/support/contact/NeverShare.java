package okpay.support.contact;

import okpay.support.kb.Text;

/** Something genuine support never asks for (a password, a one-time code...). */
public record NeverShare(String id, Text text) {}
