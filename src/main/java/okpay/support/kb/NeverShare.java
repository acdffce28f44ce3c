package okpay.support.kb;

/** Something genuine support never asks for (a password, a one-time code...). */
public record NeverShare(String id, Text text) {}
