package org.opencounty.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;

/**
 * A submission or publication stopped by screening, the same for every kind: 422 {@code SCREENING_BLOCKED} when a
 * finding blocks, {@code SCREENING_WARNINGS} when only warnings wait for the submitter's confirmation; {@code fields}
 * names each field's first finding, {@code findings} lists them all.
 */
public class ScreeningRefusal extends DomainException {

    private final List<ScreeningFinding> findings;

    ScreeningRefusal(String noun, List<ScreeningFinding> findings) {
        super(anyBlocking(findings) ? "SCREENING_BLOCKED" : "SCREENING_WARNINGS", message(noun, findings), byField(findings));
        this.findings = List.copyOf(findings);
    }

    /**
     * A refusal with its own message, for what is screened outside the workflow (official documents: why a classified
     * text never enters a system on the 电子政务外网).
     */
    public ScreeningRefusal(List<ScreeningFinding> findings, String message) {
        super(anyBlocking(findings) ? "SCREENING_BLOCKED" : "SCREENING_WARNINGS", message, byField(findings));
        this.findings = List.copyOf(findings);
    }

    public List<ScreeningFinding> findings() {
        return findings;
    }

    public boolean blocked() {
        return anyBlocking(findings);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("findings", findings);
    }

    @Override
    public int status() {
        return 422;
    }

    /** What the person must do: change the text, confirm personal information, or check unreadable attachments by hand. */
    private static String message(String noun, List<ScreeningFinding> findings) {
        if (anyBlocking(findings)) {
            return noun + "含有禁止发布的内容，请修改后再报送";
        }
        if (findings.stream().allMatch(f -> org.opencounty.screening.ScreeningRules.ATTACHMENT_UNREADABLE.equals(f.rule()))) {
            return noun + "的附件未能自动审查，请人工核对后勾选确认";
        }
        return noun + "含有需要确认的个人信息，请确认确需公开后再报送";
    }

    static boolean anyBlocking(List<ScreeningFinding> findings) {
        return findings.stream().anyMatch(ScreeningFinding::blocking);
    }

    private static Map<String, String> byField(List<ScreeningFinding> findings) {
        Map<String, String> fields = new LinkedHashMap<>();
        findings.forEach(f -> fields.putIfAbsent(f.field(), f.message() + "：“" + f.text() + "”"));
        return fields;
    }
}
