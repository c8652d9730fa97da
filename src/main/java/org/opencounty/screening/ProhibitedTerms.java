package org.opencounty.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value ScreeningRules#PROHIBITED_TERM}: the center's list of words that must not appear. Matching is on
 * the text as read ({@link Reading}: width, invisible characters, traditional forms), ignores case, and skips
 * separators inside a term ({@code 六 合 彩}, {@code 六★合★彩}); blank terms are ignored. Where terms overlap, the longest term
 * starting first is reported and matching continues after it; a term listed twice keeps the category
 * of its first occurrence in the collection's order.
 *
 * <p>The terms go into a trie walked from every position, so the cost grows with the text length times
 * the longest term, not with the number of terms: lists run to thousands of entries.
 */
final class ProhibitedTerms {

    private final Node root = new Node();

    private ProhibitedTerms(Collection<ProhibitedTerm> terms) {
        for (ProhibitedTerm term : terms) {
            String key = withoutSeparators(caseFold(ScreenedText.fold(term.term().strip())));
            if (key.isEmpty()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            if (node.term == null) {
                node.term = term;
            }
        }
    }

    static List<Finding> find(ScreenedText text, Collection<ProhibitedTerm> terms) {
        return new ProhibitedTerms(terms).find(text);
    }

    private List<Finding> find(ScreenedText text) {
        String folded = caseFold(text.folded());
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        while (start < folded.length()) {
            Node node = root;
            ProhibitedTerm longest = null;
            int end = start;
            for (int i = start; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (i > start && Reading.isSeparator(c)) {
                    continue;
                }
                if ((node = node.next.get(c)) == null) {
                    break;
                }
                if (node.term != null) {
                    longest = node.term;
                    end = i + 1;
                }
            }
            if (longest == null) {
                start++;
            } else {
                findings.add(text.finding(ScreeningRules.PROHIBITED_TERM, Severity.BLOCK, start, end, message(longest)));
                start = end;
            }
        }
        return findings;
    }

    private static String message(ProhibitedTerm term) {
        String category = term.category().strip();
        return category.isEmpty() ? "含有禁止发布的词语" : "含有禁止发布的词语（" + category + "）";
    }

    private static String withoutSeparators(String term) {
        StringBuilder key = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            if (!Reading.isSeparator(term.charAt(i))) {
                key.append(term.charAt(i));
            }
        }
        return key.toString();
    }

    /** Char by char, unlike {@link String#toLowerCase()}, so that offsets stay those of the screened text. */
    private static String caseFold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        ProhibitedTerm term;
    }
}
