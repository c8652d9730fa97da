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
        super(anyBlocking(findings) ? "SCREENING_BLOCKED" : "SCREENING_WARNINGS",
                anyBlocking(findings) ? noun + "含有禁止发布的内容，请修改后再报送" : noun + "含有需要确认的个人信息，请确认确需公开后再报送",
                byField(findings));
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

    static boolean anyBlocking(List<ScreeningFinding> findings) {
        return findings.stream().anyMatch(ScreeningFinding::blocking);
    }

    private static Map<String, String> byField(List<ScreeningFinding> findings) {
        Map<String, String> fields = new LinkedHashMap<>();
        findings.forEach(f -> fields.putIfAbsent(f.field(), f.message() + "：“" + f.text() + "”"));
        return fields;
    }
}
