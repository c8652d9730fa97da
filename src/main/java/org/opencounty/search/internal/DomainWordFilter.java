package org.opencounty.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins single Chinese characters that stand one after the other in the text into the word they spell, where that
 * word is in the list ({@code domain-words.txt}): smartcn cuts words it does not know into characters (低保 → 低/保),
 * and a search for them then matched any article holding the characters anywhere. The longest word of the list wins;
 * characters that spell none stay as they are. Applied alike when indexing and when searching.
 */
final class DomainWordFilter extends TokenFilter {

    private final Set<String> words;
    private final int longest;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** Tokens read ahead to see whether a word is spelled, not given out yet. */
    private final Deque<State> ahead = new ArrayDeque<>();
    /** The input said it has no more: it is not asked again (a token stream need not answer twice). */
    private boolean exhausted;

    DomainWordFilter(TokenStream input, Set<String> words) {
        super(input);
        this.words = words;
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!next()) {
            return false;
        }
        if (!isSingleHan()) {
            return true;
        }
        State first = captureState();
        StringBuilder spelled = new StringBuilder(term);
        List<State> run = new ArrayList<>();
        int end = offset.endOffset();
        int matched = 0;
        int matchedEnd = end;
        String matchedWord = null;
        while (spelled.length() < longest && next()) {
            State read = captureState();
            run.add(read);
            if (!isSingleHan() || position.getPositionIncrement() != 1 || offset.startOffset() != end) {
                break;
            }
            spelled.append(term);
            end = offset.endOffset();
            if (words.contains(spelled.toString())) {
                matched = run.size();
                matchedEnd = end;
                matchedWord = spelled.toString();
            }
        }
        for (int i = run.size() - 1; i >= matched; i--) {
            ahead.addFirst(run.get(i));
        }
        restoreState(first);
        if (matchedWord != null) {
            term.setEmpty().append(matchedWord);
            offset.setOffset(offset.startOffset(), matchedEnd);
        }
        return true;
    }

    /** The next token into the attributes: one read ahead before, or the input's next. */
    private boolean next() throws IOException {
        if (!ahead.isEmpty()) {
            restoreState(ahead.removeFirst());
            return true;
        }
        if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        return true;
    }

    private boolean isSingleHan() {
        return term.length() == 1 && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        ahead.clear();
        exhausted = false;
    }
}
