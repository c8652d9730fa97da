package org.opencounty.screening;

import java.time.Duration;

/**
 * How much reading one attachment may cost (issue 16.3: a small .docx inflating to gigabytes, a PDF whose
 * pages share one huge stream). A file that needs more is not readable, never partly read: a text cut off
 * would look fully screened when it was not.
 *
 * @param maxInflatedBytes bytes inflated from a .docx's parts, all parts together, or decoded from a PDF's
 *                         page contents, counted for every page that uses them
 * @param maxParts         entries of a .docx
 * @param maxPages         pages of a PDF
 * @param maxChars         characters of text
 * @param maxTime          time to read one file
 */
public record AttachmentLimits(long maxInflatedBytes, int maxParts, int maxPages, int maxChars, Duration maxTime) {

    public static final AttachmentLimits DEFAULT =
            new AttachmentLimits(64L * 1024 * 1024, 1000, 500, 2_000_000, Duration.ofSeconds(20));
}
