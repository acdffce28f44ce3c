package okpay.support.kb;

/** One thing wrong with a knowledge-base file, at a 1-based line and column. */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    /** The {@code file:line:column: message} form every tool that reads files understands. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
