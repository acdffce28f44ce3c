package okpay.support.ask;

/** Makes user input safe to echo inside an error message. */
final class Shown {
    private static final int MAX = 60;

    private Shown() {
    }

    /**
     * {@code value} in double quotes, with control characters escaped (so input cannot move the cursor or
     * recolour the terminal) and cut after {@value #MAX} characters (so a pasted page stays one line).
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (shown++ == MAX) {
                out.append('…');
                break;
            }
            int c = value.codePointAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append('"').toString();
    }
}
