package org.opencounty.content;

import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;

/** A submission or publication stopped by screening: blocked outright, or with warnings not yet acknowledged. */
public class ScreeningRefusedException extends DomainException {

    /**
     * A finding with where it was found (title, summary, body, or an attachment's file name) and a little of
     * the text around it, so that the submitter sees the match highlighted in context.
     */
    public record Flag(String source, String rule, String severity, String text, int position, String message,
                       String before, String after) {
    }

    private final List<Flag> findings;

    ScreeningRefusedException(boolean blocked, List<Flag> findings) {
        this(blocked ? "SCREENING_BLOCKED" : "SCREENING_WARNINGS",
                blocked ? "内容含有禁止发布的信息，请修改后再报送" : "内容含有需要确认的信息，请确认确需公开后再报送", findings);
    }

    private ScreeningRefusedException(String code, String message, List<Flag> findings) {
        super(code, message, Map.of());
        this.findings = List.copyOf(findings);
    }

    /** A reviewer's approval while attachments that could not be read are not yet acknowledged as checked by hand. */
    static ScreeningRefusedException unreadable(List<Flag> findings) {
        return new ScreeningRefusedException("SCREENING_WARNINGS", "有附件未能自动审查，请人工核对后勾选确认再审核", findings);
    }

    public List<Flag> findings() {
        return findings;
    }

    public boolean blocked() {
        return code().equals("SCREENING_BLOCKED");
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("findings", findings);
    }

    @Override
    public int status() {
        return 422;
    }
}
