package org.opencounty.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A written notice (文书) to the applicant as 行政许可法 requires it, derived from one line of the case's history and the
 * application: nothing of it is stored apart from the history line, so it prints the same every time.
 *
 * @param number    the notice's number: the unit's code, the kind's character, the year of issue and the history line's id,
 *                  e.g. {@code market受〔2026〕123号}; stable because the history line never changes
 * @param addressee whom it is written to: the organisation, else the applicant
 * @param items     the list the notice enumerates (the missing materials of a 补正材料通知书), empty for the others
 * @param remedies  the applicant's remedies (行政复议、行政诉讼) for refusals, else null
 */
public record WrittenNotice(long applicationId, long eventId, Kind kind, String unitName, String number, String addressee,
                            String itemName, String queryCode, LocalDate date, List<String> paragraphs, List<String> items,
                            List<String> closing, String remedies) {

    /** The notices and the history actions that issue them. */
    public enum Kind {
        ACCEPTANCE("受理通知书", "受"),
        CORRECTION("补正材料通知书", "补"),
        REJECTION("不予受理决定书", "不受"),
        SPECIAL_PROCEDURE("特别程序告知书", "特"),
        EXTENSION("延长期限告知书", "延"),
        APPROVAL("准予行政许可决定书", "准许"),
        DENIAL("不予行政许可决定书", "不许");

        private final String title;
        private final String mark;

        Kind(String title, String mark) {
            this.title = title;
            this.mark = mark;
        }

        public String title() {
            return title;
        }

        /** The character(s) of the number that tell the kind, as 机关代字 tell a document's series. */
        public String mark() {
            return mark;
        }

        /** The notice a history line stands for; a decision's note starts with 准予许可 or 不予许可. */
        public static Optional<Kind> of(String action, String note) {
            return Optional.ofNullable(switch (action == null ? "" : action) {
                case "accept", "deemed-accept" -> ACCEPTANCE;
                case "request-correction" -> CORRECTION;
                case "reject" -> REJECTION;
                case "suspend" -> SPECIAL_PROCEDURE;
                case "extend" -> EXTENSION;
                case "decide" -> note != null && note.startsWith("准予") ? APPROVAL : DENIAL;
                default -> null;
            });
        }
    }

    public String title() {
        return kind.title();
    }

    /** The date of issue as the notice prints it, e.g. 2026年11月26日. */
    public String dateText() {
        return WrittenNotices.day(date);
    }
}
