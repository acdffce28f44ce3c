package okpay.support.maintain;

import java.util.List;

/** What {@code kb compile} prints: the files compiled, where the snapshot went and how large it is. */
public record CompileResult(List<String> files, String output, long bytes, int faqs) {}
