package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text as a reader groups them: runs of digit groups joined by spaces or by a hyphen
 * (spaces around it allowed), not touching a letter, a digit or a masking star; the last group may end
 * with the check character X of a resident ID. A number is a window of consecutive groups of a run whose
 * lengths are one of the groupings its kind is written in ({@code 652222 19900101 1234}); separators
 * inside the window count as absent.
 */
final class DigitRuns {

    private static final Pattern RUN = Pattern.compile(
            "(?<![0-9A-Za-z" + Reading.STAR + "])[0-9]++(?:(?:[ \\t]*-[ \\t]*|[ \\t]+)[0-9]++)*+[Xx]?+(?![0-9A-Za-z" + Reading.STAR + "])");
    private static final Pattern GROUP = Pattern.compile("[0-9]+[Xx]?");

    /** A group of digits at {@code [start, end)}; {@code gapBefore} is '-' or ' ' (absent for the first of a run). */
    record Group(int start, int end, char gapBefore) {
        int length() {
            return end - start;
        }
    }

    /** A number: groups {@code [first, last]} of a run. */
    record Window(List<Group> run, int first, int last, String digits) {
        Span span() {
            return new Span(run.get(first).start(), run.get(last).end());
        }

        boolean wholeRun() {
            return first == 0 && last == run.size() - 1;
        }

        /** Whether all gaps inside are of one kind (the same separator throughout). */
        boolean evenlySeparated() {
            for (int i = first + 2; i <= last; i++) {
                if (run.get(i).gapBefore() != run.get(first + 1).gapBefore()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the window stands apart in its run: one group, the whole run, or gaps of another kind at
         * its edges ({@code 0902-6826836 6222-0212-3456-7890}), so that it is not four groups of a longer number.
         */
        boolean standsApart() {
            if (first == last || wholeRun()) {
                return true;
            }
            char inside = run.get(first + 1).gapBefore();
            return (first == 0 || run.get(first).gapBefore() != inside)
                    && (last == run.size() - 1 || run.get(last + 1).gapBefore() != inside);
        }

        boolean endsWithCheckCharacter() {
            return Character.toUpperCase(digits.charAt(digits.length() - 1)) == 'X';
        }
    }

    private final List<List<Group>> runs = new ArrayList<>();
    private final String folded;

    private DigitRuns(String folded) {
        this.folded = folded;
        Matcher run = RUN.matcher(folded);
        while (run.find()) {
            List<Group> groups = new ArrayList<>();
            Matcher group = GROUP.matcher(folded).region(run.start(), run.end());
            int previousEnd = -1;
            while (group.find()) {
                char gap = previousEnd < 0 ? 0 : folded.substring(previousEnd, group.start()).indexOf('-') >= 0 ? '-' : ' ';
                groups.add(new Group(group.start(), group.end(), gap));
                previousEnd = group.end();
            }
            runs.add(groups);
        }
    }

    static DigitRuns of(String folded) {
        return new DigitRuns(folded);
    }

    String folded() {
        return folded;
    }

    /** Every window, in text order, whose group lengths are one of {@code groupings}. */
    List<Window> windows(int[]... groupings) {
        List<Window> windows = new ArrayList<>();
        for (List<Group> run : runs) {
            for (int first = 0; first < run.size(); first++) {
                for (int[] grouping : groupings) {
                    if (matches(run, first, grouping)) {
                        int last = first + grouping.length - 1;
                        StringBuilder digits = new StringBuilder();
                        for (int i = first; i <= last; i++) {
                            digits.append(folded, run.get(i).start(), run.get(i).end());
                        }
                        windows.add(new Window(run, first, last, digits.toString()));
                    }
                }
            }
        }
        return windows;
    }

    private static boolean matches(List<Group> run, int first, int[] grouping) {
        if (first + grouping.length > run.size()) {
            return false;
        }
        for (int i = 0; i < grouping.length; i++) {
            if (run.get(first + i).length() != grouping[i]) {
                return false;
            }
        }
        return true;
    }

    /** Groupings for lengths {@code from..to} of a last group after {@code leading} groups. */
    static int[][] withLast(int[] leading, int from, int to) {
        int[][] groupings = new int[to - from + 1][];
        for (int last = from; last <= to; last++) {
            int[] grouping = java.util.Arrays.copyOf(leading, leading.length + 1);
            grouping[leading.length] = last;
            groupings[last - from] = grouping;
        }
        return groupings;
    }
}
