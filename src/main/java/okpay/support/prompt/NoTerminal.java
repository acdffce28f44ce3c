package okpay.support.prompt;

/**
 * A {@link Terminal} for when nobody can be asked (tests, batch runs): never interactive, reading is a
 * programming error, and lines are discarded.
 */
public final class NoTerminal implements Terminal {

    /** The one instance; it has no state. */
    public static final NoTerminal INSTANCE = new NoTerminal();

    private NoTerminal() {
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public String readLine(String prompt) {
        throw new IllegalStateException("NoTerminal cannot read: check interactive() first");
    }

    @Override
    public char[] readSecret(String prompt) {
        throw new IllegalStateException("NoTerminal cannot read: check interactive() first");
    }

    @Override
    public void println(String text) {
        // Nobody is there to read it; the caller reports anything important through its result.
    }
}
