package okpay.support.kb;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems of one check, bounded: it counts every problem added but keeps only the {@link #SHOWN} first by
 * position, so a file of junk with half a million problems costs a count, not half a million messages.
 * {@link #size()} is the number kept; {@link #total()} the number added.
 */
public final class ProblemList extends AbstractList<Problem> {
    /** How many problems a check keeps and shows; the rest are counted ("and N more"). */
    public static final int SHOWN = 100;

    // the kept problems, the last by position first, so the next smaller one replaces it
    private final PriorityQueue<Problem> kept = new PriorityQueue<>(Collections.reverseOrder());
    private final int limit;
    private long total;
    private List<Problem> sorted;

    public ProblemList() {
        this(SHOWN);
    }

    ProblemList(int limit) {
        this.limit = limit;
    }

    @Override
    public boolean add(Problem problem) {
        total++;
        sorted = null;
        if (kept.size() < limit) {
            kept.add(problem);
        } else if (problem.compareTo(kept.peek()) < 0) {
            kept.poll();
            kept.add(problem);
        }
        return true;
    }

    /** Whether {@code problem} would be kept if added now: a caller can skip composing a message nobody will read. */
    public boolean keeps(Problem problem) {
        return kept.size() < limit || problem.compareTo(kept.peek()) < 0;
    }

    /** Every problem added, kept or not. */
    public long total() {
        return total;
    }

    /** How many problems were counted but not kept. */
    public long more() {
        return total - kept.size();
    }

    @Override
    public Problem get(int index) {
        return sorted().get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    private List<Problem> sorted() {
        if (sorted == null) {
            List<Problem> list = new ArrayList<>(kept);
            Collections.sort(list);
            sorted = list;
        }
        return sorted;
    }
}
