package okpay.support.maintain;

import okpay.support.i18n.Messages;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code kb compile}: one line saying what was written. */
public final class CompileText implements TextLayout<CompileResult> {
    private final Messages m;

    public CompileText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(CompileResult result, TextWriter out) {
        out.line(out.style().good(m.get("compile.done", String.join(", ", result.files()), result.output(), result.bytes(),
                result.faqs())));
    }
}
