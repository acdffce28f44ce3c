package okpay.support.render;

/** How one kind of result reads as text for people. */
@FunctionalInterface
public interface TextLayout<T> {
    void write(T result, TextWriter out);
}
