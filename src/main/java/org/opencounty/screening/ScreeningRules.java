package org.opencounty.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opencounty.common.TimeConfiguration;

/**
 * The check for what notice 2013-38 forbids on the website (classified information, content marked
 * 内部文件/内部资料) and for personal data (条例 art. 15), run on an article's text when it is submitted
 * and again when it is published. Pure functions: the same text, list and contacts give the same
 * findings; the one input from outside is today's date, which bounds plausible birth dates. The precise
 * rules are on each rule's class and in {@code docs/screening.md}.
 */
public final class ScreeningRules {

    /** Classified-document markings (秘密★1年, a line 机密, 密级：绝密); BLOCK. */
    public static final String CLASSIFICATION_MARKING = "CLASSIFICATION_MARKING";
    /** 内部文件, 内部资料 (注意保存); BLOCK. */
    public static final String INTERNAL_MARKING = "INTERNAL_MARKING";
    /** 内部文件 or 内部资料 quoted in a sentence, spoken about rather than borne; WARN. */
    public static final String INTERNAL_MARKING_MENTION = "INTERNAL_MARKING_MENTION";
    /** A term of the center's list; BLOCK. */
    public static final String PROHIBITED_TERM = "PROHIBITED_TERM";
    /** An unmasked resident identity number; BLOCK. */
    public static final String RESIDENT_ID = "RESIDENT_ID";
    /** An unmasked bank card number; BLOCK. */
    public static final String BANK_CARD = "BANK_CARD";
    /** A mobile number that is not a published contact; WARN. */
    public static final String MOBILE_NUMBER = "MOBILE_NUMBER";
    /** A landline number that is not a published contact; WARN. */
    public static final String LANDLINE_NUMBER = "LANDLINE_NUMBER";
    /** A private person's e-mail address; WARN. */
    public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";

    /** An attachment whose text could not be read (an image, a scan, encrypted, over a bound); WARN, every reviewer acknowledges it. */
    public static final String ATTACHMENT_UNREADABLE = "ATTACHMENT_UNREADABLE";
    /** What the reviewer is told about an attachment that could not be read. */
    public static final String UNREADABLE_MESSAGE = "未能自动审查，请人工核对";

    private static final Comparator<Finding> BY_POSITION =
            Comparator.comparingInt(Finding::position).thenComparing(Finding::rule).thenComparingInt(Finding::end);

    private ScreeningRules() {
    }

    /**
     * The prohibited content in {@code plainText}, ordered by position (then rule code); empty when
     * there is none.
     *
     * @param plainText         the text a reader sees: {@link #plainText(String)} of an article's HTML,
     *                          or {@link AttachmentText#extract(String, byte[])} of an attachment
     * @param terms             the center's prohibited terms
     * @param publishedContacts phone numbers and e-mail addresses the units publish on purpose, which
     *                          are not reported
     */
    public static List<Finding> screen(String plainText, Collection<ProhibitedTerm> terms, Set<String> publishedContacts) {
        return screen(plainText, terms, publishedContacts, LocalDate.now(TimeConfiguration.CHINA));
    }

    /** As {@link #screen(String, Collection, Set)}, with today's date given, so that results do not change overnight. */
    public static List<Finding> screen(String plainText, Collection<ProhibitedTerm> terms, Set<String> publishedContacts,
                                       LocalDate today) {
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(publishedContacts, "publishedContacts");
        Objects.requireNonNull(today, "today");
        ScreenedText text = ScreenedText.of(plainText);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(ClassificationMarkings.find(text));
        findings.addAll(InternalMarkings.find(text));
        findings.addAll(ProhibitedTerms.find(text, terms));
        findings.addAll(PersonalData.find(text, publishedContacts, today));
        findings.sort(BY_POSITION);
        return List.copyOf(findings);
    }

    /**
     * The text a reader sees in sanitized article HTML: block elements, {@code <br>} and table cells end
     * a line, whitespace collapses as in a browser (not inside {@code <pre>}), entities are decoded, and
     * script and style contents are left out. Lines are separated by a single {@code \n}.
     */
    public static String plainText(String html) {
        return HtmlText.of(Objects.requireNonNull(html, "html"));
    }
}
